package io.marketpilot.core.store;

import io.marketpilot.core.domain.Event;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.List;

/** Reads and writes behavioural events. */
public interface EventRepository {
    Page<Event> list(PageRequest page);

    List<Event> forCustomer(String customerId);

    /** Inserts the events; an id that exists already is left as it is, so replays are harmless. */
    int saveAll(List<Event> events);

    long count();
}
