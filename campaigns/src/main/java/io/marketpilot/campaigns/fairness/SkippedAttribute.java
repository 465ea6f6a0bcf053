package io.marketpilot.campaigns.fairness;

/** An imported attribute the fairness review did not compare, and why (too many values, read as the age band, …). */
public record SkippedAttribute(String attribute, String reason) {}
