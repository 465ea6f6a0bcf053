package io.marketpilot.core.store;

import io.marketpilot.core.domain.Event;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.List;
import java.util.function.Consumer;

/** Reads and writes behavioural events. */
public interface EventRepository {
    Page<Event> list(PageRequest page);

    List<Event> forCustomer(String customerId);

    /**
     * Every event in id order, streamed from one query: for the analyses that read the whole table (channel
     * preferences, features, exports). Paging through a large table with offsets costs time quadratic in its size.
     */
    void forEach(Consumer<Event> consumer);

    /** Inserts the events; an id that exists already is left as it is, so replays are harmless. */
    int saveAll(List<Event> events);

    long count();
}
