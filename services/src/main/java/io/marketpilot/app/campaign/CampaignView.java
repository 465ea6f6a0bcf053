package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as the doors show it: flat, with wire names and its audience, content and schedule in words, so that
 * the CLI's JSON and the API's answer are this one record.
 *
 * @param audience who it is for, in words (e.g. {@code segment 2 of the latest segmentation run})
 * @param contentIds the approved content items it sends; empty when an experiment chooses
 * @param experimentId the experiment choosing each recipient's variant, or null
 * @param schedule when it goes out, in words, with its quiet hours
 * @param holdBackComplaints whether a promotion holds back customers with a recent complaint ("held back: recent
 *     complaint"); the marketer may switch it off
 * @param approvedBy the second pair of eyes, or null before approval
 */
public record CampaignView(
        String id,
        String name,
        String status,
        String channel,
        @Nullable String topic,
        String audienceKind,
        String audience,
        List<Long> contentIds,
        @Nullable String experimentId,
        String schedule,
        double holdoutShare,
        int priority,
        boolean promotion,
        boolean holdBackComplaints,
        long attributionWindowHours,
        String createdBy,
        Instant createdAt,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt) {

    public CampaignView {
        contentIds = List.copyOf(contentIds);
    }

    public static CampaignView of(Campaign c) {
        return new CampaignView(
                c.id(),
                c.name(),
                c.status().wireName(),
                c.channel().wireName(),
                c.topic().orElse(null),
                audienceKind(c.audience()),
                describe(c.audience()),
                c.content() instanceof ContentRef.Approved a ? a.contentIds() : List.of(),
                c.content() instanceof ContentRef.Experiment e ? e.experimentId() : null,
                describe(c.schedule()),
                c.holdoutShare(),
                c.priority(),
                c.promotion(),
                c.holdBackComplaints(),
                c.attributionWindow().toHours(),
                c.createdBy(),
                c.createdAt(),
                c.approval().map(a -> a.approvedBy()).orElse(null),
                c.approval().map(a -> a.at()).orElse(null));
    }

    static String audienceKind(AudienceSpec audience) {
        return switch (audience) {
            case AudienceSpec.Segment s -> "segment";
            case AudienceSpec.Rule r -> "rule";
            case AudienceSpec.UploadedList l -> "list";
        };
    }

    static String describe(AudienceSpec audience) {
        return switch (audience) {
            case AudienceSpec.Segment s ->
                "segment "
                        + s.index()
                                .map(String::valueOf)
                                .orElseGet(() -> "'" + s.name().orElse("") + "'")
                        + s.runId().map(id -> " of segmentation run " + id).orElse(" of the latest segmentation run");
            case AudienceSpec.Rule r -> "customers with " + r.expression();
            case AudienceSpec.UploadedList l -> "a list of " + l.customerIds().size() + " customers";
        };
    }

    static String describe(Schedule schedule) {
        String when =
                switch (schedule) {
                    case Schedule.Now n -> "now";
                    case Schedule.At at -> "at " + at.at();
                    case Schedule.SendTime w ->
                        "at each customer's predicted best hour between " + w.windowStart() + " and " + w.windowEnd();
                };
        return when + ", " + describe(schedule.quietHours());
    }

    static String describe(QuietHours quiet) {
        return quiet.any()
                ? "out of quiet hours " + quiet.start() + "-" + quiet.end() + " in each customer's time zone"
                : "without quiet hours";
    }
}
