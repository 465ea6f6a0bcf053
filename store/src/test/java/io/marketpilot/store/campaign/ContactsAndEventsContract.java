package io.marketpilot.store.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Contact;
import io.marketpilot.core.page.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contact log and campaign events, run against every real database by the subclasses. */
abstract class ContactsAndEventsContract extends CampaignFixture {
    @Test
    void theContactLogCountsOneMessagePerCampaignSinceAnInstant() {
        var log = new JdbcContactLog(db);
        log.record(new Contact("C1", "spring", ChannelKind.EMAIL, T0));
        log.record(new Contact("C1", "spring", ChannelKind.EMAIL, T0.plusSeconds(5)));
        log.record(new Contact("C1", "summer", ChannelKind.SMS, T0.plus(Duration.ofDays(3))));
        log.record(new Contact("C2", "spring", ChannelKind.EMAIL, T0.minus(Duration.ofDays(30))));

        assertThat(log.countsSince(List.of("C1", "C2", "C3"), T0)).isEqualTo(Map.of("C1", 2));
        assertThat(log.countsSince(List.of("C1", "C2"), T0.minus(Duration.ofDays(60))))
                .isEqualTo(Map.of("C1", 2, "C2", 1));
        assertThat(log.countsSince(List.of("C1"), T0.plusSeconds(1))).isEqualTo(Map.of("C1", 1));
        assertThat(log.countsSince(List.of(), T0)).isEmpty();
    }

    @Test
    void aJourneyStepsMessageIsCountedOncePerEntry() {
        var log = new JdbcContactLog(db);
        log.record(new Contact("C1", "journey-step", 11, ChannelKind.EMAIL, T0));
        log.record(new Contact("C1", "journey-step", 11, ChannelKind.EMAIL, T0.plusSeconds(5)));
        log.record(new Contact("C1", "journey-step", 12, ChannelKind.EMAIL, T0.plus(Duration.ofDays(2))));

        assertThat(log.countsSince(List.of("C1"), T0))
                .as("the re-entry's message counts: the same step campaign, the next enrolment")
                .isEqualTo(Map.of("C1", 2));
    }

    @Test
    void anEventReplayedWithTheSameIdCountsOnce() {
        var events = new JdbcCampaignEvents(db);
        CampaignEvent open = new CampaignEvent("ev-1", "spring", "C1", CampaignEventKind.OPEN, T0, "", 0);
        assertThat(events.record(open)).isTrue();
        assertThat(events.record(open)).isFalse();
        assertThat(events.record(new CampaignEvent(
                        "ev-1", "spring", "C1", CampaignEventKind.CONVERSION, T0.plusSeconds(1), "O7", 25)))
                .isFalse();

        assertThat(events.counts("spring")).isEqualTo(Map.of(CampaignEventKind.OPEN, 1L));
        assertThat(events.list("spring", Optional.empty(), PageRequest.first(10))
                        .items())
                .containsExactly(open);
    }

    @Test
    void eventsAreCountedPerKindAndPerCustomerAndListedNewestFirst() {
        var events = new JdbcCampaignEvents(db);
        List<CampaignEvent> all = List.of(
                new CampaignEvent("e1", "spring", "C1", CampaignEventKind.OPEN, T0, "", 0),
                new CampaignEvent("e2", "spring", "C1", CampaignEventKind.OPEN, T0.plusSeconds(10), "", 0),
                new CampaignEvent(
                        "e3", "spring", "C1", CampaignEventKind.CLICK, T0.plusSeconds(20), "https://shop/p/1", 0),
                new CampaignEvent("e4", "spring", "C2", CampaignEventKind.OPEN, T0.plusSeconds(30), "", 0),
                new CampaignEvent(
                        "e5", "spring", "C2", CampaignEventKind.CONVERSION, T0.plusSeconds(40), "O-991", 49.5),
                new CampaignEvent("e6", "summer", "C1", CampaignEventKind.OPEN, T0.plusSeconds(50), "", 0));
        all.forEach(events::record);

        assertThat(events.counts("spring"))
                .isEqualTo(Map.of(
                        CampaignEventKind.OPEN, 3L, CampaignEventKind.CLICK, 1L, CampaignEventKind.CONVERSION, 1L));
        assertThat(events.customerCounts("spring"))
                .isEqualTo(Map.of(
                        CampaignEventKind.OPEN, 2L, CampaignEventKind.CLICK, 1L, CampaignEventKind.CONVERSION, 1L));
        assertThat(events.counts("nothing")).isEmpty();

        var opens = events.list("spring", Optional.of(CampaignEventKind.OPEN), new PageRequest(0, 2, null));
        assertThat(opens.total()).isEqualTo(3);
        assertThat(opens.items()).extracting(CampaignEvent::id).containsExactly("e4", "e2");
        assertThat(events.list("spring", Optional.empty(), new PageRequest(0, 10, "o-991"))
                        .items())
                .containsExactly(all.get(4));
        assertThat(events.forCustomer("C1", PageRequest.first(10)).items())
                .extracting(CampaignEvent::id)
                .containsExactly("e6", "e3", "e2", "e1");
    }
}
