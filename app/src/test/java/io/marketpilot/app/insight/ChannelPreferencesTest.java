package io.marketpilot.app.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.domain.Event;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelPreferencesTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 1, 1, 9, 0);

    private static Event event(String id, String customer, String type, Map<String, String> props) {
        return new Event(id, type, customer, null, T, props);
    }

    @Test
    void aCustomerWhoMostlyOpensEmailsPrefersEmailOverTheCrowdsSearch() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(event("s" + i, "C" + (i % 40), "page_view", Map.of("source", "search")));
        }
        for (int i = 0; i < 12; i++) {
            events.add(event("e" + i, "FAN", "email_open", Map.of()));
        }
        events.add(event("x", "FAN", "page_view", Map.of("source", "search")));

        var prefs = ChannelPreferences.of(events);

        assertThat(prefs.of("FAN")).hasValueSatisfying(p -> {
            assertThat(p.channel()).isEqualTo("email");
            assertThat(p.events()).isEqualTo(13);
        });
        assertThat(prefs.of("C1"))
                .hasValueSatisfying(p -> assertThat(p.channel()).isEqualTo("search"));
        assertThat(prefs.of("NOBODY")).isEmpty();
    }

    @Test
    void oneStrayClickDoesNotOutweighEveryonesHabit() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(event("s" + i, "C" + i, "page_view", Map.of("source", "search")));
        }
        events.add(event("one", "NEW", "page_view", Map.of("source", "social")));

        assertThat(ChannelPreferences.of(events).of("NEW"))
                .hasValueSatisfying(p -> assertThat(p.channel()).isEqualTo("search"));
    }
}
