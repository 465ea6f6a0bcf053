package io.marketpilot.text.language;

/**
 * Tells English ({@code en}), Chinese ({@code zh}) or undetermined ({@code und}) text apart by the share
 * of CJK ideographs versus Latin letters, which is all the sentiment models need to pick or refuse a text.
 *
 * <p>The rule. Letters are counted by Unicode script: Han ideographs H, Latin letters L, Japanese kana K
 * and letters of any other script O; digits, punctuation, symbols, emoji and whitespace are ignored.
 * An ideograph carries about as much text as three Latin letters (a Chinese word averages 1.5
 * ideographs, an English word 4.5 letters), so each counts {@value #HAN_WEIGHT} times; with
 * W = 3H + L + K + O:
 *
 * <ul>
 *   <li>{@code und} when W = 0 (nothing but symbols, digits, emoji or emoticons);
 *   <li>{@code zh} when 3H/W ≥ {@value #CHINESE_SHARE}, unless kana reach a tenth of the ideographs
 *       (that is Japanese, which mixes kana into nearly every sentence; Chinese almost never does);
 *   <li>{@code en} when L/W ≥ {@value #ENGLISH_SHARE};
 *   <li>{@code und} otherwise.
 * </ul>
 *
 * <p>Mixed text. English with a Chinese brand or a word or two ("love my new 小米 phone") stays
 * {@code en}; text that is at least half Chinese by weight is {@code zh}; anything in between
 * ("这个很好 but the shipping was really slow") is {@code und}, because a model for either language would
 * ignore much of what it says. {@code en} really means "Latin script": other Latin-script languages
 * are not told apart from English.
 */
public final class LanguageDetector {
    /** How many Latin letters one ideograph is worth when comparing amounts of text. */
    public static final int HAN_WEIGHT = 3;
    /** Weighted ideograph share from which text is Chinese. */
    public static final double CHINESE_SHARE = 0.5;
    /** Latin-letter share from which text is English. */
    public static final double ENGLISH_SHARE = 0.8;

    public LanguageGuess detect(String text) {
        int han = 0;
        int latin = 0;
        int kana = 0;
        int other = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case LATIN -> latin++;
                case HIRAGANA, KATAKANA -> kana++;
                default -> other++;
            }
        }
        return new LanguageGuess(decide(han, latin, kana, other), han, latin, kana, other);
    }

    private static Language decide(int han, int latin, int kana, int other) {
        double weighted = (double) HAN_WEIGHT * han + latin + kana + other;
        if (weighted == 0) {
            return Language.UNDETERMINED;
        }
        boolean japanese = kana * 10 >= han;
        if (!japanese && HAN_WEIGHT * han / weighted >= CHINESE_SHARE) {
            return Language.CHINESE;
        }
        if (latin / weighted >= ENGLISH_SHARE) {
            return Language.ENGLISH;
        }
        return Language.UNDETERMINED;
    }
}
