package io.marketpilot.predict.clv;

/**
 * Mean hold-out purchases of the customers with one calibration frequency (the last bucket holds all higher ones),
 * the "conditional expectations" check of Fader, Hardie and Lee (2005, fig. 4).
 */
public record FrequencyBucket(
        int frequency, boolean andAbove, int customers, double actual, double predicted, double naive) {}
