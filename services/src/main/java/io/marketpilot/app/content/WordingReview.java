package io.marketpilot.app.content;

import io.marketpilot.content.guard.Finding;
import io.marketpilot.content.guard.SecondReading;
import java.util.List;

/**
 * One content item's wording as the campaign review and the audit log see it: the maintained word list's findings
 * (read now, so an updated list counts) and the second reader's verdict.
 *
 * @param listFindings the word list's hits ({@code exclusionary-wording} warnings)
 * @param secondReader the configured model's reading, or "no second reader configured", or its failure
 */
public record WordingReview(long contentId, String language, List<Finding> listFindings, SecondReading secondReader) {
    public WordingReview {
        listFindings = List.copyOf(listFindings);
    }

    /** Every finding, the list's first. */
    public List<Finding> findings() {
        return java.util.stream.Stream.concat(listFindings.stream(), secondReader.findings().stream())
                .toList();
    }

    /** One line for the audit log. */
    public String summary() {
        return "content " + contentId + ": word list " + listFindings.size() + " finding(s)"
                + listFindings.stream().map(f -> " [" + f.message() + "]").reduce("", String::concat)
                + "; second reader: " + secondReader.summary()
                + secondReader.findings().stream()
                        .map(f -> " [" + f.message() + "]")
                        .reduce("", String::concat);
    }
}
