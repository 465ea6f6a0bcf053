package io.marketpilot.content.guard;

/**
 * One guardrail finding on a variant.
 *
 * @param rule the rule's name: length, banned-phrase, health-claim, avoided-word, exclusionary-wording (the maintained
 *     list, {@link ExclusionaryWording}), second-reader and second-reader-failed ({@link SecondReader}), language,
 *     spam-trigger,
 *     sms-encoding, sentiment, or one of {@link CopyChecker}'s (category-path, template-slot, lower-case-start,
 *     number-agreement, all-caps, latin-in-chinese, doubled-word, doubled-space)
 * @param severity {@code error} blocks approval until the text is edited; {@code warning} informs the reviewer
 * @param message what was found, where
 */
public record Finding(String rule, String severity, String message) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public static Finding error(String rule, String message) {
        return new Finding(rule, ERROR, message);
    }

    public static Finding warning(String rule, String message) {
        return new Finding(rule, WARNING, message);
    }

    public boolean blocking() {
        return severity.equals(ERROR);
    }
}
