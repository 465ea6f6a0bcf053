package io.marketpilot.recommend.eval;

import io.marketpilot.recommend.data.Interactions;

/** Training and test parts of one data set, over the same user and item numbering. */
public record Split(Interactions train, Interactions test) {}
