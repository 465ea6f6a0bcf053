package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.store.Database;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh store per test on the database a subclass opens, and the campaigns the campaign contracts start from. */
abstract class CampaignFixture {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    protected Database db;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void openStore() {
        db = open();
    }

    @AfterEach
    void closeStore() {
        cleanUp();
        db.close();
    }

    /** A draft for segment 2 of the latest run, sending approved content items 11 and 12 by e-mail now. */
    static Campaign draft(String id) {
        return Campaign.draft(
                id,
                "Spring sale " + id,
                AudienceSpec.Segment.byIndex(java.util.Optional.empty(), 2),
                new ContentRef.Approved(List.of(11L, 12L)),
                ChannelKind.EMAIL,
                new Schedule.Now(QuietHours.DEFAULT),
                "mara",
                T0);
    }

    /** A draft for an uploaded list of customers. */
    static Campaign draftFor(String id, List<String> customers) {
        return Campaign.draft(
                id,
                "List " + id,
                new AudienceSpec.UploadedList(customers),
                new ContentRef.Experiment("exp-" + id),
                ChannelKind.EMAIL,
                new Schedule.Now(QuietHours.NONE),
                "mara",
                T0);
    }
}
