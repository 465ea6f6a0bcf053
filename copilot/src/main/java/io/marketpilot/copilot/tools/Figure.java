package io.marketpilot.copilot.tools;

/**
 * One number a tool returned, as the plan may state it: a plan's text quotes {@code value} exactly.
 *
 * @param name what it is, e.g. {@code segment 2 size}
 * @param value the number as written, e.g. {@code 412} or {@code 37.5}
 */
public record Figure(String name, String value) {}
