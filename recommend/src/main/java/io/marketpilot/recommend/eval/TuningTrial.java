package io.marketpilot.recommend.eval;

/** One hyper-parameter setting tried on the validation split, with its validation NDCG@k. */
public record TuningTrial(String algorithm, String parameters, double validationNdcg) {}
