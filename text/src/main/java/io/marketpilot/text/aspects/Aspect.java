package io.marketpilot.text.aspects;

import java.util.Optional;

/**
 * Something reviews talk about and how they feel about it.
 *
 * @param text the aspect as usually written
 * @param language {@code en} or {@code zh}
 * @param reviews reviews mentioning it
 * @param mentions clauses mentioning it
 * @param meanSentiment mean score of those clauses
 * @param positive clauses scoring above {@link AspectExtractor#POLAR}
 * @param negative clauses scoring below −{@link AspectExtractor#POLAR}
 */
public record Aspect(
        String text,
        String language,
        int reviews,
        int mentions,
        double meanSentiment,
        int positive,
        int negative,
        Optional<String> mostPositive,
        Optional<String> mostNegative) {}
