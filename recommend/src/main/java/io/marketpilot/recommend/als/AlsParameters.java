package io.marketpilot.recommend.als;

import io.marketpilot.core.MarketPilotException;

/**
 * Implicit-ALS settings: latent factors, L2 regularisation λ, confidence slope α in {@code c = 1 + α·r},
 * alternating iterations, conjugate-gradient steps per row and the seed of the random initialisation.
 */
public record AlsParameters(int factors, double regularization, double alpha, int iterations, int cgSteps, long seed) {
    public AlsParameters {
        if (factors < 1 || factors > 1024) {
            throw MarketPilotException.invalid("ALS factors must lie in 1..1024, got " + factors);
        }
        if (!(regularization >= 0) || Double.isInfinite(regularization)) {
            throw MarketPilotException.invalid("ALS regularization must be finite and >= 0, got " + regularization);
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw MarketPilotException.invalid("ALS alpha must be finite and >= 0, got " + alpha);
        }
        if (iterations < 1 || cgSteps < 1) {
            throw MarketPilotException.invalid(
                    "ALS needs at least 1 iteration and 1 CG step, got " + iterations + " and " + cgSteps);
        }
    }

    /**
     * Chosen on a validation split carved from the MovieLens-100k training part (see the module README); three CG
     * steps per row, as in the implicit library, are enough because each row starts from its previous solution.
     */
    public static AlsParameters defaults() {
        return new AlsParameters(32, 30, 4, 15, 3, 42);
    }

    public AlsParameters withFactors(int f) {
        return new AlsParameters(f, regularization, alpha, iterations, cgSteps, seed);
    }

    public AlsParameters withRegularization(double lambda) {
        return new AlsParameters(factors, lambda, alpha, iterations, cgSteps, seed);
    }

    public AlsParameters withAlpha(double a) {
        return new AlsParameters(factors, regularization, a, iterations, cgSteps, seed);
    }

    public AlsParameters withIterations(int n) {
        return new AlsParameters(factors, regularization, alpha, n, cgSteps, seed);
    }

    public AlsParameters withSeed(long s) {
        return new AlsParameters(factors, regularization, alpha, iterations, cgSteps, s);
    }
}
