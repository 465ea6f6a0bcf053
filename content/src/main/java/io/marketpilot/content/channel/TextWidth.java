package io.marketpilot.content.channel;

/** Lengths as platforms count them: characters (code points), or double-width units where CJK counts twice. */
public final class TextWidth {
    private TextWidth() {}

    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Google Ads and X count full-width (CJK) characters as two; everything else as one. The ranges are the CJK
     * blocks, full-width forms and CJK punctuation.
     */
    public static int doubleWidthUnits(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
