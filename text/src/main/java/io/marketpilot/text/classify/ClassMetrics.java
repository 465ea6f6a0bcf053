package io.marketpilot.text.classify;

/** Precision, recall and F1 of one label, and its support (how many gold examples carry it). */
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {}
