package io.marketpilot.app.cli;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the campaign commands' options mean: who signs, which audience, which content, which schedule. */
final class CampaignArguments {
    private CampaignArguments() {}

    /** Who signs a command: {@code --as}, else the operating-system user. */
    static String actor(String as) {
        if (as != null && !as.isBlank()) {
            return as.strip();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "cli" : user;
    }

    static AudienceSpec audience(CampaignCommand.AudienceOptions options, Long run) throws IOException {
        if (options.segment != null) {
            Optional<Long> runId = Optional.ofNullable(run);
            return options.segment.strip().matches("\\d+")
                    ? AudienceSpec.Segment.byIndex(runId, Integer.parseInt(options.segment.strip()))
                    : AudienceSpec.Segment.byName(runId, options.segment.strip());
        }
        if (run != null) {
            throw MarketPilotException.invalid("--run goes with --segment");
        }
        if (options.rule != null) {
            return new AudienceSpec.Rule(options.rule);
        }
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(options.customers, StandardCharsets.UTF_8)) {
            String id = line.strip();
            if (!id.isEmpty() && !(ids.isEmpty() && id.equalsIgnoreCase("customer_id"))) {
                ids.add(id);
            }
        }
        return new AudienceSpec.UploadedList(ids);
    }

    static ContentRef content(CampaignCommand.ContentOptions options) {
        return options.experiment != null
                ? new ContentRef.Experiment(options.experiment)
                : new ContentRef.Approved(options.contentIds);
    }

    static Schedule schedule(String at, String window, QuietHours quiet) {
        if (at != null && window != null) {
            throw MarketPilotException.invalid("Give --at or --window, not both");
        }
        if (at != null) {
            return new Schedule.At(instant(at, "--at"), quiet);
        }
        if (window != null) {
            String[] ends = window.split("/", -1);
            if (ends.length != 2) {
                throw MarketPilotException.invalid(
                        "--window takes START/END, e.g. 2026-05-01T00:00:00Z/2026-05-03T00:00:00Z");
            }
            return new Schedule.SendTime(instant(ends[0], "--window"), instant(ends[1], "--window"), quiet);
        }
        return new Schedule.Now(quiet);
    }

    private static Instant instant(String text, String option) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw MarketPilotException.invalid(
                    option + " takes an ISO instant such as 2026-05-01T09:00:00Z, not '" + text + "'");
        }
    }
}
