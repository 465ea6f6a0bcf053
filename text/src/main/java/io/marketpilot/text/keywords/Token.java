package io.marketpilot.text.keywords;

/**
 * One analysed word of a text.
 *
 * @param term the analyser's form (an English stem, or a Chinese word), used for counting
 * @param surface the word as written, lower-cased, used for display
 * @param run index of the run of adjacent content words the token belongs to: a removed stop word or a
 *     punctuation mark between two tokens starts a new run (the candidate boundaries of RAKE)
 */
public record Token(String term, String surface, int run) {}
