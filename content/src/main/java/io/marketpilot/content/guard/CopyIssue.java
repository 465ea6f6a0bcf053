package io.marketpilot.content.guard;

/**
 * One problem the copy checker found in a text.
 *
 * @param rule the rule's name, one of {@link CopyChecker}'s constants
 * @param span the offending text, as it appears
 * @param problem what is wrong with it, in words for a reviewer
 */
public record CopyIssue(String rule, String span, String problem) {
    /**
     * The issue as a guardrail finding. A leftover template slot is an error (the text is unfinished and must not
     * be sent); the rest are warnings for the reviewer, since a brand name may rightly break a style rule.
     */
    public Finding finding() {
        String message = "\"" + span + "\" " + problem;
        return rule.equals(CopyChecker.TEMPLATE_SLOT) ? Finding.error(rule, message) : Finding.warning(rule, message);
    }
}
