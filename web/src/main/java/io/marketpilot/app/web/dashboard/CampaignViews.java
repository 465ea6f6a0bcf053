package io.marketpilot.app.web.dashboard;

import io.marketpilot.app.campaign.CampaignPreview;
import io.marketpilot.app.campaign.CampaignReport;
import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.web.api.OutboxMessage;
import io.marketpilot.core.campaign.LeaveOutReason;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The view models of the Campaigns and Outbox pages. */
public final class CampaignViews {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CampaignViews() {}

    /** One row of the campaign list: the campaign and what its queue and recipients did so far. */
    public record Row(CampaignView campaign, long recipients, long sent, long opens, long clicks) {}

    /** The list; {@code canWrite} shows the create link. */
    public record ListView(Frame frame, List<Row> rows, boolean canWrite, String message) {}

    /** A choice of a form's select. */
    public record Option(String value, String label) {}

    /** The create form, with the values to show again after a refusal. */
    public record Form(
            Frame frame,
            List<Option> segments,
            List<Option> content,
            String quietHours,
            Map<String, String> values,
            String message) {
        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public boolean is(String name, String value) {
            return value.equals(values.getOrDefault(name, ""));
        }
    }

    /**
     * One campaign's page: its facts, the review (the audience resolved now, for writers before it is scheduled), the
     * buttons the caller may press, the live send progress and the report with the holdout lift.
     *
     * @param review null once the campaign is scheduled, or for a viewer
     * @param author whether the caller wrote it (a second person approves it)
     */
    public record Detail(
            Frame frame,
            CampaignView campaign,
            CampaignReport report,
            @Nullable CampaignPreview review,
            boolean canWrite,
            boolean author,
            String message) {
        public boolean is(String status) {
            return campaign.status().equals(status);
        }

        public boolean sending() {
            return is("sending");
        }
    }

    /** The live progress fragment, polled while the campaign sends. */
    public record Progress(CampaignReport report) {
        public long queued(String state) {
            return report.queue().getOrDefault(state, 0L);
        }

        public long total() {
            return report.queue().values().stream().mapToLong(Long::longValue).sum();
        }

        public long done() {
            return queued("sent") + queued("failed") + queued("skipped");
        }

        public boolean sending() {
            return report.status().equals("sending");
        }
    }

    /** The outbox's page of messages. */
    public record Outbox(Frame frame, List<OutboxMessage> messages, long total, int offset, int limit, String query) {}

    /** A share as a percentage with one decimal, or a dash. */
    public static String share(@Nullable Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    /** A difference of rates in percentage points, signed, or a dash. */
    public static String points(@Nullable Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%+.2f pt", 100 * v);
    }

    /** An amount, signed, or a dash. */
    public static String signed(@Nullable Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%+.2f", v);
    }

    /** An amount, or a dash. */
    public static String amount(@Nullable Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A leave-out reason's wire name in words, e.g. {@code held back: recent complaint}. */
    public static String reason(String wireName) {
        return LeaveOutReason.parse(wireName).label();
    }

    /** An instant in the server's zone, to the minute, or a dash. */
    public static String when(@Nullable Instant t) {
        return t == null ? "—" : WHEN.format(t.atZone(ZoneId.systemDefault()));
    }
}
