package io.marketpilot.store.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Approval;
import io.marketpilot.core.campaign.AudienceCounts;
import io.marketpilot.core.campaign.AudienceMember;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.page.PageRequest;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Campaign definitions, their status moves and resolved audiences, run against every real database. */
abstract class CampaignStoreContract extends CampaignFixture {
    @Test
    void aCampaignRoundTripsWithEveryKindOfAudienceContentAndSchedule() {
        var campaigns = new JdbcCampaignStore(db);
        Campaign segment = draft("by-segment");
        Campaign named = Campaign.draft(
                        "by-name",
                        "Win back",
                        AudienceSpec.Segment.byName(Optional.of(7L), "Lapsed regulars"),
                        new ContentRef.Experiment("exp-9"),
                        ChannelKind.SMS,
                        new Schedule.At(
                                T0.plusSeconds(3_600), new QuietHours(LocalTime.of(22, 30), LocalTime.of(7, 15))),
                        "mara",
                        T0.plusNanos(1_000))
                .withTopic(Optional.of("offers"))
                .withHoldoutShare(0.25)
                .withPriority(90)
                .withPromotion(true)
                .withAttributionWindow(Duration.ofDays(30));
        Campaign ruled = Campaign.draft(
                "by-rule",
                "Big spenders",
                new AudienceSpec.Rule("monetary >= 200 and not recency_days > 90"),
                new ContentRef.Approved(List.of(5L)),
                ChannelKind.WEBHOOK,
                new Schedule.SendTime(T0, T0.plus(Duration.ofDays(2)), QuietHours.NONE),
                "mara",
                T0);
        Campaign listed = draftFor(
                "by-list",
                IntStream.range(0, 2_500).mapToObj(i -> "C" + (2_500 - i)).toList());
        for (Campaign c : List.of(segment, named, ruled, listed)) {
            campaigns.create(c);
            assertThat(campaigns.find(c.id())).contains(c);
        }
        assertThat(campaigns.find("nope")).isEmpty();
    }

    @Test
    void aJourneysStepCampaignIsServedToTheSenderButLeftOutOfTheListing() {
        var store = new JdbcCampaignStore(db);
        store.create(draft("ordinary"));
        Campaign step = new Campaign(
                "jrn-step",
                "Journey step",
                AudienceSpec.Segment.byName(Optional.empty(), "journey:welcome"),
                new ContentRef.Approved(List.of(11L)),
                ChannelKind.EMAIL,
                Optional.empty(),
                new Schedule.Now(QuietHours.NONE),
                0.0,
                Campaign.DEFAULT_PRIORITY,
                false,
                true,
                Campaign.DEFAULT_ATTRIBUTION_WINDOW,
                CampaignStatus.SENDING,
                "mara",
                T0,
                Optional.of(new Approval("journey:welcome", T0)));

        assertThat(store.createForJourney(step)).isTrue();
        assertThat(store.createForJourney(step)).as("created before").isFalse();

        assertThat(store.list(Optional.empty(), PageRequest.first(50)).items())
                .extracting(Campaign::id)
                .containsExactly("ordinary");
        assertThat(store.journeySending()).extracting(Campaign::id).containsExactly("jrn-step");
        assertThat(store.find("jrn-step"))
                .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CampaignStatus.SENDING));
    }

    @Test
    void aSecondCampaignWithTheSameIdIsAConflict() {
        var campaigns = new JdbcCampaignStore(db);
        campaigns.create(draft("spring"));
        assertThatThrownBy(() -> campaigns.create(draft("spring").withPriority(1)))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(campaigns.find("spring").orElseThrow().priority()).isEqualTo(Campaign.DEFAULT_PRIORITY);
    }

    @Test
    void onlyADraftsDefinitionChangesAndItsAuthorStays() {
        var campaigns = new JdbcCampaignStore(db);
        campaigns.create(draftFor("c1", List.of("C1", "C2")));
        Campaign edited = Campaign.draft(
                        "c1",
                        "Renamed",
                        new AudienceSpec.UploadedList(List.of("C3")),
                        new ContentRef.Approved(List.of(4L)),
                        ChannelKind.EMAIL,
                        new Schedule.Now(QuietHours.DEFAULT),
                        "someone-else",
                        T0.plusSeconds(99))
                .withHoldoutShare(0);
        campaigns.updateDraft(edited);

        Campaign stored = campaigns.find("c1").orElseThrow();
        assertThat(stored.name()).isEqualTo("Renamed");
        assertThat(stored.audience()).isEqualTo(new AudienceSpec.UploadedList(List.of("C3")));
        assertThat(stored.content()).isEqualTo(new ContentRef.Approved(List.of(4L)));
        assertThat(stored.holdoutShare()).isZero();
        assertThat(stored.createdBy()).isEqualTo("mara");
        assertThat(stored.createdAt()).isEqualTo(T0);

        assertThatThrownBy(() -> campaigns.updateDraft(draft("unknown")))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        Campaign submitted = stored.moveTo(CampaignStatus.AWAITING_APPROVAL, Optional.empty());
        campaigns.moveStatus(CampaignStatus.DRAFT, submitted, T0.plusSeconds(100));
        assertThatThrownBy(() -> campaigns.updateDraft(edited.withPriority(1)))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(campaigns.find("c1").orElseThrow().priority()).isEqualTo(Campaign.DEFAULT_PRIORITY);
    }

    @Test
    void aStatusMoveIsRefusedWhenTheExpectedStatusIsStale() {
        var campaigns = new JdbcCampaignStore(db);
        Campaign draft = draft("c1");
        campaigns.create(draft);
        Campaign submitted = draft.moveTo(CampaignStatus.AWAITING_APPROVAL, Optional.empty());
        Campaign cancelled = draft.moveTo(CampaignStatus.CANCELLED, Optional.empty());

        assertThat(campaigns.moveStatus(CampaignStatus.DRAFT, submitted, T0.plusSeconds(1)))
                .contains(submitted);
        // a second request that also read the draft comes too late
        assertThat(campaigns.moveStatus(CampaignStatus.DRAFT, cancelled, T0.plusSeconds(2)))
                .isEmpty();
        assertThat(campaigns.find("c1").orElseThrow().status()).isEqualTo(CampaignStatus.AWAITING_APPROVAL);
        assertThat(campaigns.status("c1")).contains(CampaignStatus.AWAITING_APPROVAL);
        assertThat(campaigns.status("ghost")).isEmpty();
        assertThat(campaigns.moveStatus(
                        CampaignStatus.DRAFT, draft("ghost").moveTo(CampaignStatus.CANCELLED, Optional.empty()), T0))
                .isEmpty();
        assertThat(history("c1")).containsExactly("null>draft", "draft>awaiting_approval");
    }

    @Test
    void theApprovalIsStoredWithTheMoveAndDroppedWhenTheCampaignGoesBackToDraft() {
        var campaigns = new JdbcCampaignStore(db);
        Campaign draft = draft("c1");
        campaigns.create(draft);
        Campaign awaiting = campaigns
                .moveStatus(CampaignStatus.DRAFT, draft.moveTo(CampaignStatus.AWAITING_APPROVAL, Optional.empty()), T0)
                .orElseThrow();
        Approval approval = new Approval("lee", T0.plusSeconds(60));
        Campaign approved = campaigns
                .moveStatus(
                        CampaignStatus.AWAITING_APPROVAL,
                        awaiting.moveTo(CampaignStatus.APPROVED, Optional.of(approval)),
                        T0.plusSeconds(60))
                .orElseThrow();
        assertThat(approved.approval()).contains(approval);
        assertThatThrownBy(() -> campaigns.moveStatus(
                        CampaignStatus.DRAFT, approved.moveTo(CampaignStatus.SENDING, Optional.empty()), T0))
                .isInstanceOf(MarketPilotException.class);

        Campaign reopened = campaigns
                .moveStatus(
                        CampaignStatus.APPROVED,
                        approved.moveTo(CampaignStatus.DRAFT, Optional.empty()),
                        T0.plusSeconds(90))
                .orElseThrow();
        assertThat(reopened.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(reopened.approval()).isEmpty();
    }

    @Test
    void theListingIsNewestFirstFilteredByStatusAndSearchedByIdOrName() {
        var campaigns = new JdbcCampaignStore(db);
        for (int i = 0; i < 4; i++) {
            Campaign c = Campaign.draft(
                    "c" + i,
                    i == 2 ? "Autumn clearance" : "Spring " + i,
                    AudienceSpec.Segment.byIndex(Optional.empty(), i),
                    new ContentRef.Approved(List.of(1L + i)),
                    ChannelKind.EMAIL,
                    new Schedule.Now(QuietHours.DEFAULT),
                    "mara",
                    T0.plusSeconds(i));
            campaigns.create(c);
        }
        Campaign c3 = campaigns.find("c3").orElseThrow();
        campaigns.moveStatus(
                CampaignStatus.DRAFT, c3.moveTo(CampaignStatus.CANCELLED, Optional.empty()), T0.plusSeconds(9));

        var page = campaigns.list(Optional.empty(), new PageRequest(0, 2, null));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(Campaign::id).containsExactly("c3", "c2");
        assertThat(page.items().get(1).content()).isEqualTo(new ContentRef.Approved(List.of(3L)));
        assertThat(campaigns
                        .list(Optional.of(CampaignStatus.DRAFT), PageRequest.first(10))
                        .items())
                .extracting(Campaign::id)
                .containsExactly("c2", "c1", "c0");
        assertThat(campaigns
                        .list(Optional.empty(), new PageRequest(0, 10, "AUTUMN"))
                        .items())
                .extracting(Campaign::id)
                .containsExactly("c2");
        assertThat(campaigns
                        .list(Optional.empty(), new PageRequest(0, 10, "c1"))
                        .items())
                .extracting(Campaign::id)
                .containsExactly("c1");
    }

    @Test
    void aResolvedAudienceIsCountedAndPagedAndReplacedByTheNextResolution() {
        new JdbcCampaignStore(db).create(draft("c1"));
        var audiences = new JdbcCampaignAudiences(db);
        assertThat(audiences.counts("c1")).isEmpty();
        audiences.save(
                "c1",
                T0,
                List.of(
                        AudienceMember.recipient("C3"),
                        AudienceMember.recipient("C1"),
                        AudienceMember.leftOut("C2", LeaveOutReason.HOLDOUT),
                        AudienceMember.leftOut("C4", LeaveOutReason.NO_CONSENT),
                        AudienceMember.leftOut("C5", LeaveOutReason.HOLDOUT)));

        assertThat(audiences.counts("c1"))
                .contains(new AudienceCounts(T0, 2, Map.of(LeaveOutReason.HOLDOUT, 2L, LeaveOutReason.NO_CONSENT, 1L)));
        assertThat(audiences.recipients("c1", PageRequest.first(10)).items()).containsExactly("C1", "C3");
        var holdout = audiences.leftOut("c1", LeaveOutReason.HOLDOUT, new PageRequest(1, 1, null));
        assertThat(holdout.total()).isEqualTo(2);
        assertThat(holdout.items()).containsExactly("C5");
        assertThat(audiences
                        .leftOut("c1", LeaveOutReason.SUPPRESSED, PageRequest.first(10))
                        .items())
                .isEmpty();

        audiences.save("c1", T0.plusSeconds(60), List.of(AudienceMember.recipient("C9")));
        assertThat(audiences.counts("c1")).contains(new AudienceCounts(T0.plusSeconds(60), 1, Map.of()));
        assertThatThrownBy(() -> audiences.save("nope", T0, List.of()))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    private List<String> history(String campaignId) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT from_status, to_status FROM campaign_status_history WHERE"
                                + " campaign_id = ? ORDER BY seq")
                        .bind(0, campaignId)
                        .map((rs, ctx) -> rs.getString("from_status") + ">" + rs.getString("to_status"))
                        .list());
    }
}
