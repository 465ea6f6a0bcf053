package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.Approval;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.store.UtcTimestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A campaign's definition as columns of {@code campaigns} and rows of its two list tables: each sealed choice
 * (audience, content, schedule) is a kind column plus the columns of that choice, the others left NULL.
 */
final class CampaignRows {
    /** The definition's columns, which {@link #bindDefinition} binds by these names. */
    static final List<String> DEFINITION = List.of(
            "name",
            "audience_kind",
            "segment_run_id",
            "segment_index",
            "segment_name",
            "audience_rule",
            "content_kind",
            "experiment_id",
            "channel",
            "topic",
            "schedule_kind",
            "send_at",
            "window_start",
            "window_end",
            "quiet_start",
            "quiet_end",
            "holdout_share",
            "priority",
            "promotion",
            "hold_back_complaints",
            "attribution_seconds");

    private static final String SEGMENT = "segment";
    private static final String RULE = "rule";
    private static final String LIST = "list";
    private static final String APPROVED_CONTENT = "approved";
    private static final String EXPERIMENT = "experiment";
    private static final String NOW = "now";
    private static final String AT = "at";
    private static final String SEND_TIME = "send_time";
    private static final int CHUNK = 1_000;

    private CampaignRows() {}

    /** Binds every definition column, as {@code :name}, from {@code c}. */
    static <S extends SqlStatement<S>> S bindDefinition(S statement, Campaign c) {
        statement.bind("name", c.name());
        bindAudience(statement, c.audience());
        switch (c.content()) {
            case ContentRef.Approved approved ->
                statement.bind("content_kind", APPROVED_CONTENT).bind("experiment_id", (String) null);
            case ContentRef.Experiment experiment ->
                statement.bind("content_kind", EXPERIMENT).bind("experiment_id", experiment.experimentId());
        }
        statement
                .bind("channel", c.channel().wireName())
                .bind("topic", c.topic().orElse(null));
        bindSchedule(statement, c.schedule());
        return statement
                .bind("quiet_start", localTime(c.schedule().quietHours().start()))
                .bind("quiet_end", localTime(c.schedule().quietHours().end()))
                .bind("holdout_share", c.holdoutShare())
                .bind("priority", c.priority())
                .bind("promotion", c.promotion())
                .bind("hold_back_complaints", c.holdBackComplaints())
                .bind("attribution_seconds", c.attributionWindow().toSeconds());
    }

    /** A TIME argument set as it is: JDBI's own goes through {@code java.sql.Time}, which drops fractions. */
    private static Argument localTime(LocalTime time) {
        return (position, statement, ctx) -> statement.setObject(position, time);
    }

    private static <S extends SqlStatement<S>> void bindAudience(S statement, AudienceSpec audience) {
        Optional<Long> runId = Optional.empty();
        Optional<Integer> index = Optional.empty();
        Optional<String> segmentName = Optional.empty();
        Optional<String> rule = Optional.empty();
        String kind;
        switch (audience) {
            case AudienceSpec.Segment segment -> {
                kind = SEGMENT;
                runId = segment.runId();
                index = segment.index();
                segmentName = segment.name();
            }
            case AudienceSpec.Rule r -> {
                kind = RULE;
                rule = Optional.of(r.expression());
            }
            case AudienceSpec.UploadedList list -> kind = LIST;
        }
        statement
                .bind("audience_kind", kind)
                .bind("segment_run_id", runId.orElse(null))
                .bind("segment_index", index.orElse(null))
                .bind("segment_name", segmentName.orElse(null))
                .bind("audience_rule", rule.orElse(null));
    }

    private static <S extends SqlStatement<S>> void bindSchedule(S statement, Schedule schedule) {
        Optional<Instant> sendAt = Optional.empty();
        Optional<Instant> windowStart = Optional.empty();
        Optional<Instant> windowEnd = Optional.empty();
        String kind;
        switch (schedule) {
            case Schedule.Now now -> kind = NOW;
            case Schedule.At at -> {
                kind = AT;
                sendAt = Optional.of(at.at());
            }
            case Schedule.SendTime window -> {
                kind = SEND_TIME;
                windowStart = Optional.of(window.windowStart());
                windowEnd = Optional.of(window.windowEnd());
            }
        }
        statement
                .bind("schedule_kind", kind)
                .bind("send_at", UtcTimestamps.of(sendAt))
                .bind("window_start", UtcTimestamps.of(windowStart))
                .bind("window_end", UtcTimestamps.of(windowEnd));
    }

    /** Writes the definition's lists (content ids, uploaded customers), replacing any stored for the campaign. */
    static void writeLists(Handle h, Campaign c) {
        h.execute("DELETE FROM campaign_content_items WHERE campaign_id = ?", c.id());
        h.execute("DELETE FROM campaign_list_members WHERE campaign_id = ?", c.id());
        if (c.content() instanceof ContentRef.Approved approved) {
            var batch = h.prepareBatch(
                    "INSERT INTO campaign_content_items (campaign_id, pos, content_id) VALUES (?, ?, ?)");
            for (int i = 0; i < approved.contentIds().size(); i++) {
                batch.bind(0, c.id())
                        .bind(1, i)
                        .bind(2, approved.contentIds().get(i))
                        .add();
            }
            batch.execute();
        }
        if (c.audience() instanceof AudienceSpec.UploadedList list) {
            List<String> ids = list.customerIds();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                var batch = h.prepareBatch(
                        "INSERT INTO campaign_list_members (campaign_id, pos, customer_id) VALUES (?, ?, ?)");
                for (int i = from; i < Math.min(ids.size(), from + CHUNK); i++) {
                    batch.bind(0, c.id()).bind(1, i).bind(2, ids.get(i)).add();
                }
                batch.execute();
            }
        }
    }

    /** The campaigns of these rows, with their lists read in one query per list table. */
    static List<Campaign> withLists(Handle h, List<Row> rows) {
        List<String> ids = rows.stream().map(Row::id).toList();
        Map<String, List<Long>> content = lists(h, "campaign_content_items", "content_id", Long.class, ids);
        Map<String, List<String>> members = lists(h, "campaign_list_members", "customer_id", String.class, ids);
        return rows.stream()
                .map(r -> r.campaign(content.getOrDefault(r.id(), List.of()), members.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static <T> Map<String, List<T>> lists(
            Handle h, String table, String column, Class<T> type, Collection<String> campaignIds) {
        Map<String, List<T>> out = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT campaign_id, " + column + " FROM " + table
                        + " WHERE campaign_id IN (<ids>) ORDER BY campaign_id, pos")
                .bindList("ids", List.copyOf(campaignIds))
                .map((rs, ctx) -> Map.entry(rs.getString("campaign_id"), type.cast(rs.getObject(column, type))))
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** A {@code campaigns} row before its lists are attached (an uploaded audience needs its members). */
    record Row(
            String id,
            String name,
            String audienceKind,
            Optional<Long> segmentRunId,
            Optional<Integer> segmentIndex,
            Optional<String> segmentName,
            Optional<String> audienceRule,
            String contentKind,
            Optional<String> experimentId,
            ChannelKind channel,
            Optional<String> topic,
            String scheduleKind,
            Optional<Instant> sendAt,
            Optional<Instant> windowStart,
            Optional<Instant> windowEnd,
            QuietHours quietHours,
            double holdoutShare,
            int priority,
            boolean promotion,
            boolean holdBackComplaints,
            Duration attributionWindow,
            CampaignStatus status,
            String createdBy,
            Instant createdAt,
            Optional<Approval> approval) {

        Campaign campaign(List<Long> contentIds, List<String> listMembers) {
            return new Campaign(
                    id,
                    name,
                    audience(listMembers),
                    contentKind.equals(EXPERIMENT)
                            ? new ContentRef.Experiment(required(experimentId, "experiment_id"))
                            : new ContentRef.Approved(contentIds),
                    channel,
                    topic,
                    schedule(),
                    holdoutShare,
                    priority,
                    promotion,
                    holdBackComplaints,
                    attributionWindow,
                    status,
                    createdBy,
                    createdAt,
                    approval);
        }

        private AudienceSpec audience(List<String> listMembers) {
            return switch (audienceKind) {
                case SEGMENT -> new AudienceSpec.Segment(segmentRunId, segmentIndex, segmentName);
                case RULE -> new AudienceSpec.Rule(required(audienceRule, "audience_rule"));
                case LIST -> new AudienceSpec.UploadedList(listMembers);
                default ->
                    throw new IllegalStateException(
                            "Campaign " + id + " has an unknown audience kind '" + audienceKind + "'");
            };
        }

        private Schedule schedule() {
            return switch (scheduleKind) {
                case NOW -> new Schedule.Now(quietHours);
                case AT -> new Schedule.At(required(sendAt, "send_at"), quietHours);
                case SEND_TIME ->
                    new Schedule.SendTime(
                            required(windowStart, "window_start"), required(windowEnd, "window_end"), quietHours);
                default ->
                    throw new IllegalStateException(
                            "Campaign " + id + " has an unknown schedule kind '" + scheduleKind + "'");
            };
        }

        private <T> T required(Optional<T> value, String column) {
            return value.orElseThrow(
                    () -> new IllegalStateException("Campaign " + id + " has no " + column + " for its kind"));
        }
    }

    /** Reads the {@code campaigns} columns of the current row. */
    static Row row(ResultSet rs) throws SQLException {
        Optional<String> approvedBy = Optional.ofNullable(rs.getString("approved_by"));
        Optional<Instant> approvedAt = UtcTimestamps.readOptional(rs, "approved_at");
        return new Row(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("audience_kind"),
                Optional.ofNullable(rs.getObject("segment_run_id", Long.class)),
                Optional.ofNullable(rs.getObject("segment_index", Integer.class)),
                Optional.ofNullable(rs.getString("segment_name")),
                Optional.ofNullable(rs.getString("audience_rule")),
                rs.getString("content_kind"),
                Optional.ofNullable(rs.getString("experiment_id")),
                ChannelKind.parse(rs.getString("channel")),
                Optional.ofNullable(rs.getString("topic")),
                rs.getString("schedule_kind"),
                UtcTimestamps.readOptional(rs, "send_at"),
                UtcTimestamps.readOptional(rs, "window_start"),
                UtcTimestamps.readOptional(rs, "window_end"),
                new QuietHours(
                        rs.getObject("quiet_start", LocalTime.class), rs.getObject("quiet_end", LocalTime.class)),
                rs.getDouble("holdout_share"),
                rs.getInt("priority"),
                rs.getBoolean("promotion"),
                rs.getBoolean("hold_back_complaints"),
                Duration.ofSeconds(rs.getLong("attribution_seconds")),
                CampaignStatus.parse(rs.getString("status")),
                rs.getString("created_by"),
                UtcTimestamps.read(rs, "created_at"),
                approvedBy.flatMap(by -> approvedAt.map(at -> new Approval(by, at))));
    }
}
