package io.marketpilot.app.experiment;

import java.util.List;

/**
 * The seam through which the optimisation loop asks for new challengers: given the winning text and what set it
 * apart, draft new texts to test against it. The content capability implements it; drafts are never run before a
 * person approves them.
 */
public interface ChallengerWriter {
    /**
     * What the writer is told about the round just decided.
     *
     * @param winner the winning variant's text (payload)
     * @param distinguished what set the winner apart, in words (lift, and the words only it used)
     * @param retired the texts that lost
     * @param count how many drafts are wanted
     * @param segment the experiment's target segment, if it has one
     */
    record Brief(
            String campaignId,
            String winner,
            String distinguished,
            List<String> retired,
            int count,
            java.util.Optional<String> segment) {}

    /**
     * Drafts, with who wrote them.
     *
     * @param source the writer and model that produced the drafts, kept with the round as provenance
     * @param note why there are fewer drafts than asked for, if there are
     */
    record Drafts(List<String> texts, String source, String note) {}

    Drafts write(Brief brief);
}
