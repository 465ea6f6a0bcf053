package io.marketpilot.content.brief;

import java.util.List;

/**
 * The persona families the segmentation names (see profiling's persona names), each with the angles that suit
 * it best, strongest first, recognised by words of the name (the first family in this order wins, so a status
 * such as "at-risk" or "lapsed" outranks the kind of buyer: "Lapsed big spenders" are won back, not thanked). Unknown names fall back to {@link #GENERAL}.
 */
public enum PersonaKind {
    AT_RISK(List.of("at-risk", "lapsed"), List.of("comeback", "newness", "value")),
    LOYAL(List.of("loyal", "regulars", "big spender"), List.of("loyalty", "newness", "social-proof")),
    NEW(List.of("new customer"), List.of("welcome", "social-proof", "value")),
    GIFT(List.of("gift"), List.of("gift", "urgency", "newness")),
    BARGAIN(List.of("bargain"), List.of("value", "urgency", "social-proof")),
    RETURNER(List.of("return"), List.of("care", "social-proof", "loyalty")),
    ONE_OFF(List.of("one-off"), List.of("comeback", "value", "care")),
    BROWSER(List.of("browser"), List.of("social-proof", "urgency", "value")),
    STEADY(List.of("steady", "repeat buyers"), List.of("newness", "loyalty", "care")),
    OCCASIONAL(List.of("occasional"), List.of("comeback", "value", "newness")),
    GENERAL(List.of(), List.of("value", "newness", "social-proof"));

    /** Every angle the composer knows, in the order used after a persona's own. */
    public static final List<String> ALL_ANGLES =
            List.of("value", "newness", "social-proof", "loyalty", "care", "urgency", "comeback", "welcome", "gift");

    private final List<String> markers;
    private final List<String> angles;

    PersonaKind(List<String> markers, List<String> angles) {
        this.markers = markers;
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
            if (k.markers.stream().anyMatch(lowerCaseName::contains)) {
                return k;
            }
        }
        return GENERAL;
    }
}
