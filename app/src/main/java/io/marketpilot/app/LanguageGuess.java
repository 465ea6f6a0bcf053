package io.marketpilot.app;

/**
 * Tells {@code zh} from {@code en} for imported reviews without a language column: a text with at least one CJK
 * ideograph per two Latin letters is Chinese (one ideograph carries about as much as a short English word).
 */
public final class LanguageGuess {
    private LanguageGuess() {}

    public static String of(String text) {
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                cjk++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (cjk == 0 && latin == 0) {
            return "und";
        }
        return cjk * 2 >= latin ? "zh" : "en";
    }
}
