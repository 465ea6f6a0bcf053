package io.marketpilot.content.brief;

import java.util.List;

/**
 * The persona families the segmentation names (see profiling's persona names), each with the angles that suit
 * it best, strongest first. Unknown names fall back to {@link #GENERAL}.
 */
public enum PersonaKind {
    LOYAL("loyal", List.of("loyalty", "newness", "social-proof")),
    AT_RISK("at-risk", List.of("comeback", "newness", "value")),
    NEW("new customer", List.of("welcome", "social-proof", "value")),
    GIFT("gift", List.of("gift", "urgency", "newness")),
    BARGAIN("bargain", List.of("value", "urgency", "social-proof")),
    RETURNER("return", List.of("care", "social-proof", "loyalty")),
    ONE_OFF("one-off", List.of("comeback", "value", "care")),
    BROWSER("browser", List.of("social-proof", "urgency", "value")),
    STEADY("steady", List.of("newness", "loyalty", "care")),
    OCCASIONAL("occasional", List.of("comeback", "value", "newness")),
    GENERAL("", List.of("value", "newness", "social-proof"));

    /** Every angle the composer knows, in the order used after a persona's own. */
    public static final List<String> ALL_ANGLES =
            List.of("value", "newness", "social-proof", "loyalty", "care", "urgency", "comeback", "welcome", "gift");

    private final String marker;
    private final List<String> angles;

    PersonaKind(String marker, List<String> angles) {
        this.marker = marker;
        this.angles = angles;
    }

    public List<String> angles() {
        return angles;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static PersonaKind of(String lowerCaseName) {
        for (PersonaKind k : values()) {
            if (!k.marker.isEmpty() && lowerCaseName.contains(k.marker)) {
                return k;
            }
        }
        return GENERAL;
    }
}
