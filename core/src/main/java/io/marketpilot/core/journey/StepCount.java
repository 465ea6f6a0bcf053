package io.marketpilot.core.journey;

/** How many times an outcome happened at a step of a version, among customers held out or not. */
public record StepCount(int version, String stepId, StepOutcome outcome, boolean holdout, long count) {}
