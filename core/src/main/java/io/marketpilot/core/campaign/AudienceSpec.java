package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Who a campaign is meant for, before consent, suppression, holdout and caps take their share: a segment of a
 * segmentation run, a rule over profile features, or a list of customer ids.
 */
public sealed interface AudienceSpec {
    /**
     * The members of one segment of a segmentation run, named by its index or by its (persona) name.
     *
     * @param runId the run, or empty for the latest run at the time the audience is resolved
     * @param index the segment's index in the run, when named by index
     * @param name the segment's name, when named by name
     */
    record Segment(Optional<Long> runId, Optional<Integer> index, Optional<String> name) implements AudienceSpec {
        public Segment {
            Check.present(runId, "run id");
            Check.present(index, "segment index");
            Check.present(name, "segment name");
            if (index.isPresent() == name.isPresent()) {
                throw MarketPilotException.invalid("A segment audience names its segment by index or by name, not "
                        + (index.isPresent() ? "both" : "neither"));
            }
            runId.ifPresent(id -> {
                if (id < 1) {
                    throw MarketPilotException.invalid("A segmentation run id is positive, was " + id);
                }
            });
            index.ifPresent(i -> {
                if (i < 0) {
                    throw MarketPilotException.invalid("A segment index is 0 or more, was " + i);
                }
            });
            name.ifPresent(n -> Check.id(n, "segment name", FieldLimits.NAME));
        }

        /** Segment {@code index} of run {@code runId} (empty: the latest run). */
        public static Segment byIndex(Optional<Long> runId, int index) {
            return new Segment(runId, Optional.of(index), Optional.empty());
        }

        /** The segment called {@code name} in run {@code runId} (empty: the latest run). */
        public static Segment byName(Optional<Long> runId, String name) {
            return new Segment(runId, Optional.empty(), Optional.of(name));
        }
    }

    /**
     * The customers whose profile features satisfy a rule such as {@code recency_days > 90 and monetary >= 200},
     * in the language {@link AudienceRule#parse} reads; a rule that does not parse is refused here.
     *
     * @param expression the rule as the marketer wrote it
     */
    record Rule(String expression) implements AudienceSpec {
        public Rule {
            Check.filledText(expression, "audience rule", FieldLimits.AUDIENCE_RULE);
            AudienceRule.parse(expression);
        }

        /** The rule, parsed. */
        public AudienceRule parsed() {
            return AudienceRule.parse(expression);
        }
    }

    /**
     * An uploaded list of customer ids; repeats are dropped, the first occurrence's order kept.
     *
     * @param customerIds at least one, at most {@value #MAX_CUSTOMERS}
     */
    record UploadedList(List<String> customerIds) implements AudienceSpec {
        /** The most customers one uploaded list may name. */
        public static final int MAX_CUSTOMERS = 1_000_000;

        public UploadedList {
            Check.present(customerIds, "customer ids");
            var unique = new LinkedHashSet<String>();
            for (String id : customerIds) {
                unique.add(Check.id(id, "customer id", FieldLimits.ID));
            }
            if (unique.isEmpty()) {
                throw MarketPilotException.invalid("An uploaded audience names at least one customer");
            }
            if (unique.size() > MAX_CUSTOMERS) {
                throw MarketPilotException.invalid("An uploaded audience names at most " + MAX_CUSTOMERS
                        + " customers, this one " + unique.size());
            }
            customerIds = List.copyOf(unique);
        }
    }
}
