package io.marketpilot.app.web.api;

import io.marketpilot.app.campaign.NewCampaign;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A new campaign as the API and the dashboard's form send it, flat: exactly one audience ({@code segment}, with an
 * optional {@code run}; {@code rule}; or {@code customers}), exactly one content ({@code content} ids or an
 * {@code experiment}), and a schedule ({@code at}, a send-time window {@code windowStart}–{@code windowEnd}, or
 * neither: now). What is absent takes the service's defaults.
 */
public record CampaignBody(
        @Nullable String id,
        @Nullable String name,
        @Nullable String segment,
        @Nullable Long run,
        @Nullable String rule,
        @Nullable List<String> customers,
        @Nullable List<Long> content,
        @Nullable String experiment,
        @Nullable String channel,
        @Nullable String topic,
        @Nullable String at,
        @Nullable String windowStart,
        @Nullable String windowEnd,
        @Nullable String quietHours,
        @Nullable Double holdout,
        @Nullable Integer priority,
        @Nullable Boolean promotion,
        @Nullable Boolean holdBackComplaints,
        @Nullable Integer attributionDays) {

    /** The service's request; {@code defaultQuietHours} are the configured ones, used unless the body names others. */
    public NewCampaign toRequest(QuietHours defaultQuietHours) {
        if (name == null || name.isBlank()) {
            throw MarketPilotException.invalid("A campaign needs a name");
        }
        QuietHours quiet = quietHours == null || quietHours.isBlank()
                ? defaultQuietHours
                : CampaignSettings.quietHours(quietHours);
        return new NewCampaign(
                Optional.ofNullable(id).filter(s -> !s.isBlank()).map(String::strip),
                name.strip(),
                audienceSpec(),
                contentRef(),
                blank(channel) ? ChannelKind.EMAIL : ChannelKind.parse(channel),
                Optional.ofNullable(topic).filter(s -> !s.isBlank()).map(String::strip),
                Optional.of(schedule(quiet)),
                Optional.ofNullable(holdout),
                Optional.ofNullable(priority),
                Boolean.TRUE.equals(promotion),
                !Boolean.FALSE.equals(holdBackComplaints),
                Optional.ofNullable(attributionDays).map(Duration::ofDays));
    }

    private AudienceSpec audienceSpec() {
        int given = (blank(segment) ? 0 : 1) + (blank(rule) ? 0 : 1) + (customers == null ? 0 : 1);
        if (given != 1) {
            throw MarketPilotException.invalid("Give exactly one audience: segment, rule or customers");
        }
        if (segment != null && !segment.isBlank()) {
            String s = segment.strip();
            Optional<Long> runId = Optional.ofNullable(run);
            return s.matches("\\d{1,9}")
                    ? AudienceSpec.Segment.byIndex(runId, Integer.parseInt(s))
                    : AudienceSpec.Segment.byName(runId, s);
        }
        if (run != null) {
            throw MarketPilotException.invalid("run goes with segment");
        }
        if (rule != null && !rule.isBlank()) {
            return new AudienceSpec.Rule(rule.strip());
        }
        List<String> ids = new ArrayList<>();
        for (String c : customers == null ? List.<String>of() : customers) {
            if (c != null && !c.isBlank()) {
                ids.add(c.strip());
            }
        }
        return new AudienceSpec.UploadedList(ids);
    }

    private ContentRef contentRef() {
        boolean items = content != null && !content.isEmpty();
        if (items == !blank(experiment)) {
            throw MarketPilotException.invalid("Give exactly one content: content (approved item ids) or experiment");
        }
        return experiment != null && !experiment.isBlank()
                ? new ContentRef.Experiment(experiment.strip())
                : new ContentRef.Approved(content == null ? List.of() : content);
    }

    private Schedule schedule(QuietHours quiet) {
        boolean window = !blank(windowStart) || !blank(windowEnd);
        if (!blank(at) && window) {
            throw MarketPilotException.invalid("Give at or a window (windowStart and windowEnd), not both");
        }
        if (at != null && !at.isBlank()) {
            return new Schedule.At(instant(at, "at"), quiet);
        }
        if (window) {
            if (windowStart == null || windowStart.isBlank() || windowEnd == null || windowEnd.isBlank()) {
                throw MarketPilotException.invalid("A send-time window needs both windowStart and windowEnd");
            }
            return new Schedule.SendTime(instant(windowStart, "windowStart"), instant(windowEnd, "windowEnd"), quiet);
        }
        return new Schedule.Now(quiet);
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw MarketPilotException.invalid(
                    field + " takes an ISO instant such as 2026-05-01T09:00:00Z, not '" + text + "'");
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
