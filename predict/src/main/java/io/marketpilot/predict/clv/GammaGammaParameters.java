package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;

/**
 * The Gamma-Gamma spend parameters (Fader, Hardie and Lee 2005, "RFM and CLV"; Fader and Hardie's Gamma-Gamma note):
 * a customer's transaction values are Gamma(p, nu) with nu ~ Gamma(q, gamma) across customers.
 */
public record GammaGammaParameters(double p, double q, double gamma) {
    public GammaGammaParameters {
        if (!(p > 0 && q > 0 && gamma > 0) || Double.isInfinite(p + q + gamma)) {
            throw MarketPilotException.invalid(
                    "Gamma-Gamma parameters must be positive and finite, got p=" + p + " q=" + q + " gamma=" + gamma);
        }
    }

    /**
     * E[M | x, m] = (gamma + m x) p / (p x + q - 1): a weighted mean of the population mean p gamma / (q - 1) and the
     * customer's observed mean repeat spend m, the customer's weight growing with x. For x = 0 it is the population
     * mean.
     *
     * @throws MarketPilotException INVALID_INPUT when q <= 1, where the mean spend is infinite
     */
    public double conditionalExpectedSpend(int frequency, double meanRepeatSpend) {
        if (q <= 1) {
            throw MarketPilotException.invalid("Gamma-Gamma with q=" + q + " <= 1 has no finite expected spend");
        }
        return (gamma + meanRepeatSpend * frequency) * p / (p * frequency + q - 1);
    }
}
