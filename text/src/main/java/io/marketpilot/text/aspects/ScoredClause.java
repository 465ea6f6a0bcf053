package io.marketpilot.text.aspects;

/** A clause of a review with its sentiment score (−1 to 1). */
public record ScoredClause(String text, double score) {}
