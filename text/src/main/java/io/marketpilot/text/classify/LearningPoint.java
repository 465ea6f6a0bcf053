package io.marketpilot.text.classify;

/** Out-of-fold macro-F1 when each fold trains on {@code trainRows} rows in all (a share of the data). */
public record LearningPoint(int trainRows, double macroF1) {}
