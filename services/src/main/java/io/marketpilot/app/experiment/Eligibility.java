package io.marketpilot.app.experiment;

import java.util.Optional;

/**
 * Who may join an experiment that targets a segment. Assignment and bandit arms ask it for every unit, so a targeted
 * experiment's evidence comes only from the audience it was meant for.
 */
public interface Eligibility {
    /** Everyone is eligible: for experiments without a target segment, and for stores without segmentation. */
    Eligibility EVERYONE = new Eligibility() {
        @Override
        public Optional<String> unknownSegment(String segment) {
            return Optional.empty();
        }

        @Override
        public Optional<String> whyNot(String segment, String unitId) {
            return Optional.empty();
        }
    };

    /** Empty when the segment (by number or name) exists now, else why it cannot be targeted. */
    Optional<String> unknownSegment(String segment);

    /** Empty when the unit is in the segment, else why not, in words a caller can act on. */
    Optional<String> whyNot(String segment, String unitId);
}
