package io.marketpilot.text.classify;

import io.marketpilot.core.MarketPilotException;
import java.util.List;

/**
 * How a {@link ClassifierTrainer} trains.
 *
 * @param l2Grid the L2 penalties (per training row) cross-validation chooses from
 * @param folds the number of stratified cross-validation folds (every label needs at least this many examples)
 * @param embeddings whether the sentence embedding joins the n-grams as a feature block: never, always, or where
 *     cross-validation says it does at least as well out of fold (the default)
 * @param hashBits n-grams are hashed into 2^hashBits buckets per block (word, character)
 * @param seed the seed of the fold assignment and the learning curve's subsamples
 */
public record ClassifierSettings(List<Double> l2Grid, int folds, Embeddings embeddings, int hashBits, long seed) {
    /** Whether the sentence embedding is a feature block besides the n-grams. */
    public enum Embeddings {
        NEVER,
        /** Cross-validate with and without it and keep the better (a tie keeps it). */
        AUTO,
        ALWAYS;

        /** The choice a user names ({@code auto}, {@code always}, {@code never}), or an invalid-input error. */
        public static Embeddings parse(String name) {
            for (Embeddings e : values()) {
                if (e.name().equalsIgnoreCase(name.strip())) {
                    return e;
                }
            }
            throw MarketPilotException.invalid("embeddings must be auto, always or never, not '" + name + "'");
        }
    }

    public static final int MIN_HASH_BITS = 10;
    public static final int MAX_HASH_BITS = 24;

    public ClassifierSettings {
        l2Grid = List.copyOf(l2Grid);
        if (l2Grid.isEmpty() || l2Grid.stream().anyMatch(l2 -> !(l2 >= 0) || !Double.isFinite(l2))) {
            throw MarketPilotException.invalid("the L2 grid needs at least one finite value ≥ 0, got " + l2Grid);
        }
        if (folds < 2 || folds > 20) {
            throw MarketPilotException.invalid("cross-validation needs 2 to 20 folds, got " + folds);
        }
        if (hashBits < MIN_HASH_BITS || hashBits > MAX_HASH_BITS) {
            throw MarketPilotException.invalid(
                    "hashBits must lie in " + MIN_HASH_BITS + ".." + MAX_HASH_BITS + ", got " + hashBits);
        }
    }

    /**
     * Five penalties a decade apart (small data wants the strong ones, tens of thousands of rows the weak ones),
     * 5 folds, embeddings where cross-validation keeps them, 2^18 buckets per block, seed 42.
     */
    public static ClassifierSettings defaults() {
        return new ClassifierSettings(List.of(1e-6, 1e-5, 1e-4, 1e-3, 1e-2), 5, Embeddings.AUTO, 18, 42);
    }

    public ClassifierSettings withEmbeddings(Embeddings choice) {
        return new ClassifierSettings(l2Grid, folds, choice, hashBits, seed);
    }

    public ClassifierSettings withL2Grid(List<Double> grid) {
        return new ClassifierSettings(grid, folds, embeddings, hashBits, seed);
    }

    public ClassifierSettings withFolds(int count) {
        return new ClassifierSettings(l2Grid, count, embeddings, hashBits, seed);
    }
}
