package io.marketpilot.text.aspects;

/** One review's clause about an aspect: which review (index into the input), the aspect and the clause's score. */
public record AspectMention(int review, String aspect, double score) {}
