package io.marketpilot.campaigns.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.campaigns.holdout.Holdout;
import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.AudienceMember;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AudienceResolverTest {
    private static final Instant NOW = Instant.parse("2024-03-05T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AddressHasher HASHER =
            new AddressHasher("test-installation-secret".getBytes(StandardCharsets.UTF_8));
    private static final AudienceResolver RESOLVER =
            new AudienceResolver(ConsentPolicy.EXPLICIT_ONLY, FrequencyCap.DEFAULT);

    private static Campaign campaign(double holdoutShare, boolean promotion, Schedule schedule) {
        return Campaign.draft(
                        "spring-sale",
                        "Spring sale",
                        new AudienceSpec.Rule("monetary > 0"),
                        new ContentRef.Approved(List.of(1L)),
                        ChannelKind.EMAIL,
                        schedule,
                        "maria",
                        NOW)
                .withHoldoutShare(holdoutShare)
                .withPromotion(promotion);
    }

    private static AddressHash address(String customer) {
        return HASHER.hash(ChannelKind.EMAIL, customer + "@example.com");
    }

    private static AudienceCandidate candidate(String customer) {
        return new AudienceCandidate(customer, Optional.of(address(customer)), true, LONDON, Optional.empty());
    }

    private static List<Consent> optedIn(String customer) {
        return List.of(new Consent(
                customer, ChannelKind.EMAIL, "all", ConsentStatus.OPTED_IN, ConsentSource.IMPORT, NOW, "f.csv:1"));
    }

    /** A customer who is out of the 10 % holdout of "spring-sale", so that the later reasons can be seen. */
    private static String notHeldOut(int from) {
        return IntStream.iterate(from, i -> i + 1)
                .mapToObj(i -> "C-" + i)
                .filter(id -> !Holdout.contains("spring-sale", id, 0.10))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void givesEachLeftOutCustomerTheFirstReasonInTheDocumentedOrder() {
        String noAddress = "C-no-address";
        String noConsent = "C-no-consent";
        String suppressed = "C-suppressed";
        String capped = notHeldOut(100);
        String heldBack = notHeldOut(200);
        String recipient = notHeldOut(300);
        String heldOut = IntStream.range(0, 1000)
                .mapToObj(i -> "C-" + i)
                .filter(id -> Holdout.contains("spring-sale", id, 0.10))
                .findFirst()
                .orElseThrow();
        var candidates = new ArrayList<AudienceCandidate>();
        candidates.add(new AudienceCandidate(noAddress, Optional.empty(), true, LONDON, Optional.empty()));
        for (String id : List.of(noConsent, suppressed, heldOut, capped, heldBack, recipient)) {
            candidates.add(candidate(id));
        }
        var consents = new HashMap<String, List<Consent>>();
        for (String id : List.of(noAddress, suppressed, heldOut, capped, heldBack, recipient)) {
            consents.put(id, optedIn(id));
        }
        // the suppressed customer is also capped and held back: suppression comes first
        var facts = new AudienceFacts(
                consents,
                Set.of(address(suppressed)),
                Map.of(capped, 3, suppressed, 5, heldOut, 3),
                Set.of(heldBack, suppressed, capped));

        ResolvedAudience resolved =
                RESOLVER.resolve(campaign(0.10, true, new Schedule.Now(QuietHours.DEFAULT)), candidates, facts, NOW);

        assertThat(resolved.recipients()).containsExactly(new PlannedRecipient(recipient, NOW));
        assertThat(resolved.leftOut())
                .containsExactly(
                        AudienceMember.leftOut(noAddress, LeaveOutReason.NO_ADDRESS),
                        AudienceMember.leftOut(noConsent, LeaveOutReason.NO_CONSENT),
                        AudienceMember.leftOut(suppressed, LeaveOutReason.SUPPRESSED),
                        AudienceMember.leftOut(heldOut, LeaveOutReason.HOLDOUT),
                        AudienceMember.leftOut(capped, LeaveOutReason.FREQUENCY_CAPPED),
                        AudienceMember.leftOut(heldBack, LeaveOutReason.HELD_BACK));
        assertThat(resolved.counts())
                .containsEntry(LeaveOutReason.HOLDOUT, 1L)
                .containsEntry(LeaveOutReason.QUIET_HOURS, 0L)
                .hasSize(LeaveOutReason.values().length);
        assertThat(resolved.members()).hasSize(7).first().isEqualTo(AudienceMember.recipient(recipient));
    }

    @Test
    void anUnsubscribedCustomerIsNamedSuppressedThoughTheyAlsoOptedOut() {
        String id = notHeldOut(0);
        List<Consent> optedOut = List.of(new Consent(
                id,
                ChannelKind.EMAIL,
                "all",
                ConsentStatus.OPTED_OUT,
                ConsentSource.ONE_CLICK_UNSUBSCRIBE,
                NOW,
                "one-click unsubscribe"));
        var facts = new AudienceFacts(Map.of(id, optedOut), Set.of(address(id)), Map.of(), Set.of());

        ResolvedAudience resolved = RESOLVER.resolve(
                campaign(0.10, false, new Schedule.Now(QuietHours.DEFAULT)), List.of(candidate(id)), facts, NOW);

        assertThat(resolved.leftOut()).containsExactly(AudienceMember.leftOut(id, LeaveOutReason.SUPPRESSED));
    }

    @Test
    void holdBackAppliesToPromotionsOnly() {
        String id = notHeldOut(0);
        var facts = new AudienceFacts(Map.of(id, optedIn(id)), Set.of(), Map.of(), Set.of(id));
        var newsletter = campaign(0.10, false, new Schedule.Now(QuietHours.DEFAULT));
        assertThat(RESOLVER.resolve(newsletter, List.of(candidate(id)), facts, NOW)
                        .recipients())
                .hasSize(1);
    }

    @Test
    void aWindowWithNoTimeOutsideQuietHoursLeavesTheCustomerOutForQuietHours() {
        String id = notHeldOut(0);
        var night = new Schedule.SendTime(
                Instant.parse("2024-03-05T22:00:00Z"), Instant.parse("2024-03-06T06:00:00Z"), QuietHours.DEFAULT);
        var facts = new AudienceFacts(Map.of(id, optedIn(id)), Set.of(), Map.of(), Set.of());
        ResolvedAudience resolved = RESOLVER.resolve(campaign(0.10, false, night), List.of(candidate(id)), facts, NOW);
        assertThat(resolved.leftOut()).containsExactly(AudienceMember.leftOut(id, LeaveOutReason.QUIET_HOURS));
    }

    @Test
    void aboutTheHoldoutShareOfEligibleCustomersIsHeldOut() {
        List<AudienceCandidate> candidates = new ArrayList<>();
        Map<String, List<Consent>> consents = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            candidates.add(candidate("C-" + i));
            consents.put("C-" + i, optedIn("C-" + i));
        }
        var facts = new AudienceFacts(consents, Set.of(), Map.of(), Set.of());
        ResolvedAudience resolved =
                RESOLVER.resolve(campaign(0.10, false, new Schedule.Now(QuietHours.DEFAULT)), candidates, facts, NOW);
        // 1,000 ± 4 standard errors (30)
        assertThat(resolved.counts().get(LeaveOutReason.HOLDOUT)).isBetween(880L, 1_120L);
        assertThat(resolved.recipients().size() + resolved.leftOut().size()).isEqualTo(10_000);
    }

    @Test
    void legitimateInterestLetsExistingCustomersWithoutAConsentRecordThrough() {
        String id = notHeldOut(0);
        var facts = new AudienceFacts(Map.of(), Set.of(), Map.of(), Set.of());
        var lenient = new AudienceResolver(ConsentPolicy.LEGITIMATE_INTEREST, FrequencyCap.DEFAULT);
        assertThat(lenient.resolve(
                                campaign(0.10, false, new Schedule.Now(QuietHours.DEFAULT)),
                                List.of(candidate(id)),
                                facts,
                                NOW)
                        .recipients())
                .hasSize(1);
    }

    @Test
    void refusesACandidateListedTwice() {
        var facts = new AudienceFacts(Map.of(), Set.of(), Map.of(), Set.of());
        assertThatThrownBy(() -> RESOLVER.resolve(
                        campaign(0.1, false, new Schedule.Now(QuietHours.DEFAULT)),
                        List.of(candidate("C-1"), candidate("C-1")),
                        facts,
                        NOW))
                .hasMessageContaining("'C-1' is a candidate twice");
    }
}
