package io.marketpilot.store.campaign;

/**
 * Text that others wrote (a mail server's reply, a provider's message id) made storable: controls other than tab and
 * line breaks and lone surrogates become U+FFFD, and it is cut to the column's width. What a receiver answers is not
 * ours to refuse: the send's outcome must be recorded whatever the reply holds, and read back by the records' checks.
 */
public final class ReportedText {
    private static final char REPLACEMENT = '\uFFFD';

    private ReportedText() {}

    public static String fit(String text, int limit) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        for (int i = 0; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out.length() + 2 > limit) {
                    break;
                }
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
