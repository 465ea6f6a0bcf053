package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.util.LinkedHashSet;
import java.util.List;

/** What a campaign says: approved items of the content studio, or the variants of an experiment or bandit. */
public sealed interface ContentRef {
    /**
     * Approved content items (e.g. one per language), by their ids in the content studio.
     *
     * @param contentIds at least one; repeats are dropped
     */
    record Approved(List<Long> contentIds) implements ContentRef {
        public Approved {
            Check.present(contentIds, "content ids");
            var unique = new LinkedHashSet<Long>();
            for (Long id : contentIds) {
                if (Check.present(id, "content id") < 1) {
                    throw MarketPilotException.invalid("A content id is positive, was " + id);
                }
                unique.add(id);
            }
            if (unique.isEmpty()) {
                throw MarketPilotException.invalid("A campaign needs at least one approved content item");
            }
            contentIds = List.copyOf(unique);
        }
    }

    /** The variants of an experiment (A/B or bandit), which decides each recipient's variant. */
    record Experiment(String experimentId) implements ContentRef {
        public Experiment {
            Check.id(experimentId, "experiment id", FieldLimits.ID);
        }
    }
}
