package io.marketpilot.text.language;

/** The languages {@link LanguageDetector} tells apart, with their BCP 47 codes. */
public enum Language {
    ENGLISH("en"),
    CHINESE("zh"),
    UNDETERMINED("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 code: {@code en}, {@code zh} or {@code und}. */
    public String code() {
        return code;
    }
}
