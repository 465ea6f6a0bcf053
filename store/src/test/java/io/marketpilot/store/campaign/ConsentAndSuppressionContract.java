package io.marketpilot.store.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.core.page.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The consent history and the suppression list, run against every real database by the subclasses. */
abstract class ConsentAndSuppressionContract extends CampaignFixture {
    static final AddressHasher HASHER =
            new AddressHasher("a test secret of 32 characters..".getBytes(StandardCharsets.UTF_8));

    static Consent consent(String customer, String topic, ConsentStatus status, Instant at, String proof) {
        return new Consent(customer, ChannelKind.EMAIL, topic, status, ConsentSource.IMPORT, at, proof);
    }

    @Test
    void theLatestConsentWinsAndOfTwoAtTheSameInstantTheOneRecordedLast() {
        var consents = new JdbcConsentStore(db);
        consents.record(consent("C1", "all", ConsentStatus.OPTED_IN, T0.plusSeconds(60), "signup form"));
        consents.record(consent("C1", "all", ConsentStatus.OPTED_OUT, T0, "older import, recorded later"));
        assertThat(consents.latest("C1", ChannelKind.EMAIL, "all"))
                .map(Consent::status)
                .contains(ConsentStatus.OPTED_IN);

        consents.record(consent("C1", "all", ConsentStatus.PENDING, T0.plusSeconds(120), "first"));
        consents.record(consent("C1", "all", ConsentStatus.OPTED_OUT, T0.plusSeconds(120), "second"));
        assertThat(consents.latest("C1", ChannelKind.EMAIL, "all"))
                .map(Consent::proof)
                .contains("second");
        assertThat(consents.latest("C1", ChannelKind.SMS, "all")).isEmpty();
        assertThat(consents.latest("C1", ChannelKind.EMAIL, "offers")).isEmpty();
    }

    @Test
    void recordAllKeepsAWholeFileInItsOrder() {
        var consents = new JdbcConsentStore(db);
        List<Consent> file = new ArrayList<>();
        for (int i = 0; i < JdbcConsentStore.CHUNK + 10; i++) {
            file.add(consent("C" + i, "all", ConsentStatus.OPTED_IN, T0, "row " + (i + 2)));
        }
        // the same instant twice: the later row wins, as if each were recorded in turn
        file.add(consent("C0", "all", ConsentStatus.OPTED_OUT, T0, "last row"));
        consents.recordAll(file);

        assertThat(consents.history("C0")).extracting(Consent::proof).containsExactly("last row", "row 2");
        assertThat(consents.latestFor(List.of("C0", "C" + JdbcConsentStore.CHUNK), ChannelKind.EMAIL))
                .extracting(Consent::status)
                .containsExactlyInAnyOrder(ConsentStatus.OPTED_OUT, ConsentStatus.OPTED_IN);
    }

    @Test
    void theHistoryKeepsEveryStatementNewestFirst() {
        var consents = new JdbcConsentStore(db);
        Consent first = consent("C1", "all", ConsentStatus.OPTED_IN, T0, "row 2 of consents.csv");
        Consent second = new Consent(
                "C1",
                ChannelKind.SMS,
                "offers",
                ConsentStatus.OPTED_OUT,
                ConsentSource.PREFERENCE_PAGE,
                T0.plus(Duration.ofDays(1)),
                "203.0.113.7 Firefox");
        consents.record(first);
        consents.record(second);
        consents.record(consent("C2", "all", ConsentStatus.OPTED_IN, T0, "other customer"));

        assertThat(consents.history("C1")).containsExactly(second, first);
        assertThat(consents.history("C9")).isEmpty();
    }

    @Test
    void latestForReadsTheLatestPerCustomerAndTopicOnOneChannelForAWholeAudience() {
        var consents = new JdbcConsentStore(db);
        List<String> audience = new ArrayList<>();
        // more customers than one IN list holds
        for (int i = 0; i < 1_500; i++) {
            String id = "C" + i;
            audience.add(id);
            if (i % 3 == 0) {
                consents.record(consent(id, "all", ConsentStatus.OPTED_IN, T0, "import"));
                consents.record(consent(id, "all", ConsentStatus.OPTED_OUT, T0.plusSeconds(i), "unsubscribed"));
            }
        }
        consents.record(consent("C1", "offers", ConsentStatus.OPTED_IN, T0, "offers box ticked"));
        consents.record(new Consent(
                "C1", ChannelKind.SMS, "all", ConsentStatus.OPTED_IN, ConsentSource.API, T0, "sms, not email"));
        consents.record(consent("outside", "all", ConsentStatus.OPTED_IN, T0, "not asked about"));

        List<Consent> latest = consents.latestFor(audience, ChannelKind.EMAIL);

        assertThat(latest).hasSize(501);
        assertThat(latest).filteredOn(c -> c.topic().equals("all")).allSatisfy(c -> assertThat(c.status())
                .isEqualTo(ConsentStatus.OPTED_OUT));
        assertThat(latest)
                .filteredOn(c -> c.customerId().equals("C1"))
                .extracting(Consent::topic)
                .containsExactly("offers");
        assertThat(consents.latestFor(List.of(), ChannelKind.EMAIL)).isEmpty();
    }

    @Test
    void theSuppressionListAnswersByHashAndChannel() {
        var suppressions = new JdbcSuppressionList(db);
        AddressHash ann = HASHER.hash(ChannelKind.EMAIL, " Ann@Example.COM");
        AddressHash bob = HASHER.hash(ChannelKind.EMAIL, "bob@example.com");
        assertThat(suppressions.add(new Suppression(ann, ChannelKind.EMAIL, SuppressionReason.UNSUBSCRIBED, T0, "")))
                .isTrue();

        assertThat(suppressions.contains(HASHER.hash(ChannelKind.EMAIL, "ann@example.com"), ChannelKind.EMAIL))
                .isTrue();
        assertThat(suppressions.contains(ann, ChannelKind.SMS)).isFalse();
        assertThat(suppressions.contains(bob, ChannelKind.EMAIL)).isFalse();
        assertThat(suppressions.containing(List.of(ann, bob), ChannelKind.EMAIL))
                .containsExactly(ann);
        List<AddressHash> many = IntStream.range(0, 2_500)
                .mapToObj(i -> HASHER.hash(ChannelKind.EMAIL, "person" + i + "@example.com"))
                .toList();
        assertThat(suppressions.containing(many, ChannelKind.EMAIL)).isEmpty();
    }

    @Test
    void anAddressSuppressedTwiceKeepsItsFirstReason() {
        var suppressions = new JdbcSuppressionList(db);
        AddressHash ann = HASHER.hash(ChannelKind.EMAIL, "ann@example.com");
        Suppression bounce = new Suppression(ann, ChannelKind.EMAIL, SuppressionReason.HARD_BOUNCE, T0, "550 5.1.1");
        assertThat(suppressions.add(bounce)).isTrue();
        assertThat(suppressions.add(
                        new Suppression(ann, ChannelKind.EMAIL, SuppressionReason.MANUAL, T0.plusSeconds(9), "again")))
                .isFalse();
        assertThat(suppressions.add(new Suppression(ann, ChannelKind.SMS, SuppressionReason.MANUAL, T0, "")))
                .isTrue();

        assertThat(suppressions
                        .list(Optional.of(ChannelKind.EMAIL), PageRequest.first(10))
                        .items())
                .containsExactly(bounce);
    }

    @Test
    void theListingIsNewestFirstFilteredByChannelAndSearched() {
        var suppressions = new JdbcSuppressionList(db);
        for (int i = 0; i < 5; i++) {
            suppressions.add(new Suppression(
                    HASHER.hash(ChannelKind.EMAIL, "p" + i + "@example.com"),
                    i % 2 == 0 ? ChannelKind.EMAIL : ChannelKind.SMS,
                    i == 4 ? SuppressionReason.COMPLAINT : SuppressionReason.UNSUBSCRIBED,
                    T0.plusSeconds(i),
                    i == 3 ? "Marked as spam by the operator" : ""));
        }
        var all = suppressions.list(Optional.empty(), new PageRequest(1, 2, null));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.items()).extracting(Suppression::at).containsExactly(T0.plusSeconds(3), T0.plusSeconds(2));
        assertThat(suppressions
                        .list(Optional.of(ChannelKind.SMS), PageRequest.first(10))
                        .items())
                .extracting(Suppression::at)
                .containsExactly(T0.plusSeconds(3), T0.plusSeconds(1));
        assertThat(suppressions
                        .list(Optional.empty(), new PageRequest(0, 10, "SPAM"))
                        .items())
                .extracting(Suppression::at)
                .containsExactly(T0.plusSeconds(3));
        assertThat(suppressions
                        .list(Optional.empty(), new PageRequest(0, 10, "complaint"))
                        .items())
                .extracting(Suppression::reason)
                .containsExactly(SuppressionReason.COMPLAINT);
    }
}
