package io.marketpilot.recommend.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One algorithm's offline scores under one protocol: means over test users of precision, recall, NDCG and AP at k,
 * the share of the catalogue that appears in anybody's top k, and the time to fit on the training part.
 */
public record AlgorithmResult(
        String algorithm,
        String parameters,
        double precision,
        double recall,
        double ndcg,
        double map,
        double coverage,
        @JsonProperty("train_seconds") double trainSeconds) {}
