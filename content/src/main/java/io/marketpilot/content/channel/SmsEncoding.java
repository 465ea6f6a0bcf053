package io.marketpilot.content.channel;

/**
 * How an SMS is encoded and what fits in one message (3GPP TS 23.038). Text made only of the GSM 03.38 default
 * alphabet is sent as GSM-7: 160 septets, where the extension characters ({@code ^ { } \ [ ~ ] | €} and form feed)
 * take two. Any other character (Chinese, emoji, curly quotes) switches the whole message to UCS-2: 70 UTF-16
 * units.
 */
public record SmsEncoding(boolean gsm7, int units, int singleMessageLimit) {
    /** GSM 03.38 default alphabet, in table order. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static final String EXTENSION = "^{}\\[~]|€\f";

    public static final int GSM7_LIMIT = 160;
    public static final int UCS2_LIMIT = 70;

    public static SmsEncoding of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return new SmsEncoding(false, text.length(), UCS2_LIMIT);
            }
        }
        return new SmsEncoding(true, septets, GSM7_LIMIT);
    }

    public boolean fitsOneMessage() {
        return units <= singleMessageLimit;
    }

    public String name() {
        return gsm7 ? "GSM-7" : "UCS-2";
    }
}
