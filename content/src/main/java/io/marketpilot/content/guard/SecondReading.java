package io.marketpilot.content.guard;

import java.util.List;

/**
 * What the second reader said about a text's wording: {@code read} with its findings (none when the copy reads
 * fine), {@code not_configured} when no model stands behind the port, or {@code failed} with why.
 *
 * @param status {@code read}, {@code not_configured} or {@code failed}
 * @param reader the provider/model that read it; the word "none" when no model is configured
 * @param note in words, e.g. "no second reader configured" or the failure's reason; empty when it read the text
 * @param findings the reader's findings (rule {@code second-reader}, warnings), or for a failure one
 *     {@code second-reader-failed} warning, so that it is reported wherever findings are shown
 */
public record SecondReading(String status, String reader, String note, List<Finding> findings) {
    public static final String READ = "read";
    public static final String NOT_CONFIGURED = "not_configured";
    public static final String FAILED = "failed";

    public SecondReading {
        findings = List.copyOf(findings);
    }

    static SecondReading notConfigured() {
        return new SecondReading(
                NOT_CONFIGURED,
                "none",
                "no second reader configured: the offline generator cannot judge wording, only the word list did",
                List.of());
    }

    static SecondReading failed(String reader, String why) {
        return new SecondReading(
                FAILED,
                reader,
                why,
                List.of(Finding.warning(
                        SecondReader.FAILED_RULE, "the second reader (" + reader + ") failed: " + why)));
    }

    /** One line for the audit log. */
    public String summary() {
        return switch (status) {
            case READ -> reader + " read it: " + findings.size() + " finding(s)";
            case FAILED -> reader + " failed: " + note;
            default -> note;
        };
    }
}
