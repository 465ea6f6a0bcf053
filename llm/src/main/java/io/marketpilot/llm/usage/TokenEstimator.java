package io.marketpilot.llm.usage;

/**
 * Estimates token counts when a provider reports none: about four characters a token for alphabetic text and one
 * token per Han character, the usual rule of thumb for BPE vocabularies; only an estimate, used so that usage and cost are never silently zero.
 */
public final class TokenEstimator {
    private TokenEstimator() {}

    public static int estimate(String text) {
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else {
                other++;
            }
            i += Character.charCount(cp);
        }
        return han + (other + 3) / 4;
    }
}
