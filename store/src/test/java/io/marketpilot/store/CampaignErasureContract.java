package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.AudienceMember;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.Contact;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.campaign.PlannedSend;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.campaign.SendState;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.core.delivery.MessageMetadata;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.campaign.CampaignErasure;
import io.marketpilot.store.campaign.JdbcCampaignAudiences;
import io.marketpilot.store.campaign.JdbcCampaignEvents;
import io.marketpilot.store.campaign.JdbcCampaignStore;
import io.marketpilot.store.campaign.JdbcConsentStore;
import io.marketpilot.store.campaign.JdbcContactLog;
import io.marketpilot.store.campaign.JdbcSendQueue;
import io.marketpilot.store.campaign.JdbcSuppressionList;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.delivery.JdbcOutbox;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.privacy.JdbcCustomerPrivacy;
import io.marketpilot.store.review.JdbcReviewRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Forgetting a customer reaches the campaign tables too: their consent, audience, queue, contact and event rows go,
 * the campaign counts stay, and their address stays suppressed as a hash; run against every real database by the
 * subclasses.
 */
abstract class CampaignErasureContract extends StoreFixture {
    @Test
    void forgettingACustomerErasesTheirCampaignDataAndKeepsTheirAddressSuppressed() {
        loadShop();
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        var hasher = new AddressHasher("installation secret of 32 bytes".getBytes(StandardCharsets.UTF_8));
        var privacy = new JdbcCustomerPrivacy(
                db,
                audit,
                new JdbcCustomerRepository(db),
                new JdbcOrderRepository(db),
                new JdbcEventRepository(db),
                new JdbcReviewRepository(db));
        privacy.addStep(new CampaignErasure(hasher, db.dialect(), Clock.fixed(t, ZoneOffset.UTC)));
        privacy.addStep(JdbcOutbox.erasure());
        var campaigns = new JdbcCampaignStore(db);
        campaigns.create(listCampaign("both", List.of("C1", "C2"), t));
        campaigns.create(listCampaign("ana-only", List.of("C1"), t));
        var consents = new JdbcConsentStore(db);
        for (String customer : List.of("C1", "C2")) {
            consents.record(new Consent(
                    customer, ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN, ConsentSource.IMPORT, t, "line 2"));
        }
        var audiences = new JdbcCampaignAudiences(db);
        audiences.save("both", t, List.of(AudienceMember.recipient("C1"), AudienceMember.recipient("C2")));
        var queue = new JdbcSendQueue(db);
        queue.enqueue(List.of(
                new PlannedSend(new SendKey("both", "C1"), t, Optional.empty()),
                new PlannedSend(new SendKey("both", "C2"), t.plusSeconds(1), Optional.empty()),
                new PlannedSend(new SendKey("ana-only", "C1"), t, Optional.empty())));
        SendKey sent = queue.claim("both", Lease.of("w1", t, Duration.ofMinutes(5)), t, 1)
                .get(0)
                .key();
        queue.markSent(sent, "w1", t, "<m1@mail.example>");
        var contacts = new JdbcContactLog(db);
        var events = new JdbcCampaignEvents(db);
        for (String customer : List.of("C1", "C2")) {
            contacts.record(new Contact(customer, "both", ChannelKind.EMAIL, t));
            events.record(new CampaignEvent("open-" + customer, "both", customer, CampaignEventKind.OPEN, t, "", 0));
        }
        var outbox = new JdbcOutbox(db);
        outbox.save(
                OutgoingMessage.builder("both/C1", "outbox", "ana@example.com", "Hello Ana Silva")
                        .metadata(MessageMetadata.campaign("both", "C1"))
                        .build(),
                t);

        privacy.forget("C1", "test");

        var suppressions = new JdbcSuppressionList(db);
        assertThat(suppressions.contains(hasher.hash(ChannelKind.EMAIL, "ANA@example.com "), ChannelKind.EMAIL))
                .isTrue();
        assertThat(suppressions.contains(hasher.hash(ChannelKind.SMS, "C1"), ChannelKind.SMS))
                .as("on SMS the customer id is the address: a re-import under it is not texted")
                .isTrue();
        assertThat(suppressions.contains(hasher.hash(ChannelKind.WEBHOOK, "C1"), ChannelKind.WEBHOOK))
                .isTrue();
        assertThat(suppressions.contains(hasher.hash(ChannelKind.SMS, "C2"), ChannelKind.SMS))
                .isFalse();
        assertThat(suppressions.list(Optional.empty(), PageRequest.first(10)).items())
                .extracting(Suppression::reason)
                .containsExactly(SuppressionReason.ERASED, SuppressionReason.ERASED, SuppressionReason.ERASED);
        assertThat(consents.history("C1")).isEmpty();
        assertThat(consents.history("C2")).hasSize(1);
        assertThat(audiences.recipients("both", PageRequest.first(10)).items()).containsExactly("C2");
        assertThat(queue.counts("both")).isEqualTo(Map.of(SendState.SENT, 1L, SendState.PENDING, 1L));
        assertThat(campaigns.find("ana-only")).isEmpty();
        assertThat(campaigns.find("both").orElseThrow().audience())
                .isEqualTo(new AudienceSpec.UploadedList(List.of("C2")));
        assertThat(contacts.countsSince(List.of("C1", "C2"), t)).isEqualTo(Map.of("C2", 1));
        assertThat(events.forCustomer("C1", PageRequest.first(10)).items()).isEmpty();
        assertThat(events.counts("both")).isEqualTo(Map.of(CampaignEventKind.OPEN, 1L));
        assertThat(outbox.count()).isZero();
        for (String table : List.of(
                "consents",
                "campaign_list_members",
                "campaign_audience_members",
                "send_queue",
                "contact_log",
                "campaign_events",
                "outbox")) {
            assertThat(rowsWhere(table, "customer_id = 'C1'")).as(table).isZero();
        }
        assertThat(rowsWhere("send_queue", "provider_message_id IS NOT NULL")).isZero();
        assertThat(audit.list(PageRequest.first(10)).items())
                .anySatisfy(e -> assertThat(e.details()).contains("campaigns=").contains("outbox=1"));
    }

    private static Campaign listCampaign(String id, List<String> customers, Instant at) {
        return Campaign.draft(
                id,
                "Campaign " + id,
                new AudienceSpec.UploadedList(customers),
                new ContentRef.Approved(List.of(1L)),
                ChannelKind.EMAIL,
                new Schedule.Now(QuietHours.NONE),
                "mara",
                at);
    }

    private long rowsWhere(String table, String condition) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + condition)
                .mapTo(Long.class)
                .one());
    }
}
