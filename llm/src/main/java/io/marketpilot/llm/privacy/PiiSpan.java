package io.marketpilot.llm.privacy;

/** A stretch of text {@code [start, end)} that holds personal data of one type. */
public record PiiSpan(int start, int end, PiiType type) {
    public boolean overlaps(PiiSpan other) {
        return start < other.end && other.start < end;
    }
}
