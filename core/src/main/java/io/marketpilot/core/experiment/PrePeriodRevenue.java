package io.marketpilot.core.experiment;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;

/** Net revenue per customer in a window before an experiment: the pre-period metric CUPED uses. */
public interface PrePeriodRevenue {
    /**
     * Revenue per unit id ordered in {@code [from, to)}, when the experiment's units are customers: known customers
     * without orders in the window get 0; ids that are not customers are absent.
     */
    Map<String, Double> of(Collection<String> unitIds, LocalDateTime from, LocalDateTime to);
}
