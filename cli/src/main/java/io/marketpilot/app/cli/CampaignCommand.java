package io.marketpilot.app.cli;

import io.marketpilot.app.campaign.CampaignLaunch;
import io.marketpilot.app.campaign.CampaignPreview;
import io.marketpilot.app.campaign.CampaignReport;
import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.campaign.NewCampaign;
import io.marketpilot.app.campaign.SendProgress;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.page.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marketpilot campaign …}: campaigns from draft to report. Commands that change a campaign are signed
 * {@code --as NAME} (default: the operating-system user), which is how the four-eyes rule tells the approver from the
 * author.
 */
@Command(
        name = "campaign",
        description = "Campaigns: create, preview, submit, approve, reject, schedule, send, pause, resume, cancel,"
                + " report, list.")
public final class CampaignCommand {
    /** How the audience is chosen: exactly one of these. */
    static final class AudienceOptions {
        @Option(names = "--segment", description = "Segment number or persona name of the latest segmentation run")
        String segment;

        @Option(names = "--rule", description = "Rule over profile features and attributes, e.g. \"recency_days > 90\"")
        String rule;

        @Option(
                names = "--customers",
                description = "File of customer ids, one per line (a header 'customer_id' is" + " skipped)")
        Path customers;
    }

    /** What it sends: exactly one of these. */
    static final class ContentOptions {
        @Option(names = "--content", split = ",", description = "Approved content item id(s), e.g. one per language")
        List<Long> contentIds;

        @Option(names = "--experiment", description = "Experiment over approved content items")
        String experiment;
    }

    @Command(name = "create", description = "Create a draft campaign (its content must be approved).")
    int create(
            @Mixin StoreOptions store,
            @Option(names = "--name", required = true) String name,
            @Option(names = "--id", description = "Id (default: from the name)") String id,
            @ArgGroup(exclusive = true, multiplicity = "1") AudienceOptions audience,
            @Option(names = "--run", description = "Segmentation run of --segment (default: the latest)") Long run,
            @ArgGroup(exclusive = true, multiplicity = "1") ContentOptions content,
            @Option(names = "--channel", defaultValue = "email", description = "email | sms | webhook") String channel,
            @Option(names = "--topic", description = "Consent topic beyond 'all', e.g. newsletter") String topic,
            @Option(names = "--at", description = "Send at this instant (ISO, e.g. 2026-05-01T09:00:00Z)") String at,
            @Option(
                            names = "--window",
                            description = "Send at each customer's predicted best hour in START/END (ISO instants)")
                    String window,
            @Option(
                            names = "--quiet-hours",
                            description = "Local hours without sends, e.g. 21:00-08:00, or none (default: configured)")
                    String quietHours,
            @Option(names = "--holdout", description = "Share of the audience held out, 0 to 0.5 (default 0.1)")
                    Double holdout,
            @Option(names = "--priority", description = "0 to 100 (default 50): who takes the frequency cap first")
                    Integer priority,
            @Option(names = "--promotion", description = "A promotion: customers with a fresh complaint are held back")
                    boolean promotion,
            @Option(
                            names = "--no-complaint-holdback",
                            description = "Switch off the promotion's hold-back of customers with a recent complaint"
                                    + " (an open escalated support conversation or a strongly negative review)")
                    boolean keepComplainers,
            @Option(names = "--attribution-days", description = "Attribution window in days (default 7)")
                    Integer attributionDays,
            @Option(names = "--submit", description = "Submit it for approval at once") boolean submit,
            @Option(names = "--as", description = "Who creates it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format)
            throws IOException {
        try (Services app = store.open()) {
            QuietHours quiet =
                    quietHours == null ? app.config.campaigns().quietHours() : CampaignSettings.quietHours(quietHours);
            NewCampaign request = new NewCampaign(
                    Optional.ofNullable(id),
                    name,
                    CampaignArguments.audience(audience, run),
                    CampaignArguments.content(content),
                    ChannelKind.parse(channel),
                    Optional.ofNullable(topic),
                    Optional.of(CampaignArguments.schedule(at, window, quiet)),
                    Optional.ofNullable(holdout),
                    Optional.ofNullable(priority),
                    promotion,
                    !keepComplainers,
                    Optional.ofNullable(attributionDays).map(Duration::ofDays));
            String actor = CampaignArguments.actor(as);
            CampaignView created = app.campaigns.service.create(request, actor);
            if (submit) {
                created = app.campaigns.service.submit(created.id(), actor);
            }
            CampaignPrinter.print(created, format);
        }
        return 0;
    }

    @Command(name = "preview", description = "Resolve the audience now and render messages, storing nothing.")
    int preview(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--customer", description = "Customer to render (repeatable; default: sample recipients)")
                    List<String> customers,
            @Option(names = "--samples", defaultValue = "3", description = "Sample recipients without --customer")
                    int samples,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignPreview preview =
                    app.campaigns.service.preview(id, customers == null ? List.of() : customers, samples);
            if (CampaignPrinter.json(format)) {
                Output.json(preview, System.out);
            } else {
                CampaignPrinter.printPreview(preview);
            }
        }
        return 0;
    }

    @Command(name = "submit", description = "Hand a draft to a second person for approval.")
    int submit(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who submits it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignPrinter.print(app.campaigns.service.submit(id, CampaignArguments.actor(as)), format);
        }
        return 0;
    }

    @Command(name = "approve", description = "Approve a submitted campaign (four eyes: not its author).")
    int approve(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who approves it (default: the OS user)") String as,
            @Option(names = "--comment", defaultValue = "") String comment,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignPrinter.print(app.campaigns.service.approve(id, CampaignArguments.actor(as), comment), format);
        }
        return 0;
    }

    @Command(name = "reject", description = "Send a submitted campaign back to its author, saying why.")
    int reject(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--comment", required = true) String comment,
            @Option(names = "--as", description = "Who rejects it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignPrinter.print(app.campaigns.service.reject(id, CampaignArguments.actor(as), comment), format);
        }
        return 0;
    }

    @Command(
            name = "schedule",
            description = "Resolve and store the audience of an approved campaign and queue its recipients; the"
                    + " server sends them in the background (or run 'campaign send').")
    int schedule(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who schedules it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignLaunch launch = app.campaigns.service.schedule(id, CampaignArguments.actor(as));
            if (CampaignPrinter.json(format)) {
                Output.json(launch, System.out);
            } else {
                CampaignPrinter.printLaunch(launch);
            }
        }
        return 0;
    }

    @Command(
            name = "send",
            description = "Send what is due now, in this process (an approved campaign is scheduled first);"
                    + " messages due later stay queued.")
    int send(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who schedules it, if it is not yet (default: the OS user)")
                    String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignView campaign = app.campaigns.service.get(id);
            if (campaign.status().equals(CampaignStatus.APPROVED.wireName())) {
                CampaignLaunch launch = app.campaigns.service.schedule(id, CampaignArguments.actor(as));
                if (!CampaignPrinter.json(format)) {
                    CampaignPrinter.printLaunch(launch);
                }
            }
            boolean table = !CampaignPrinter.json(format);
            SendProgress done = app.campaigns.sender.drain(id, progress -> {
                if (table) {
                    System.out.println("  sent " + progress.sent() + ", retrying " + progress.retrying()
                            + ", failed " + progress.failed() + ", skipped " + progress.skipped() + " ("
                            + progress.delivery() + ")");
                }
            });
            if (CampaignPrinter.json(format)) {
                Output.json(done, System.out);
            } else {
                CampaignPrinter.printProgress(done);
            }
        }
        return 0;
    }

    @Command(name = "pause", description = "Stop sending a campaign until it resumes.")
    int pause(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who pauses it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignPrinter.print(app.campaigns.service.pause(id, CampaignArguments.actor(as)), format);
        }
        return 0;
    }

    @Command(name = "resume", description = "Resume sending a paused campaign.")
    int resume(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who resumes it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignPrinter.print(app.campaigns.service.resume(id, CampaignArguments.actor(as)), format);
        }
        return 0;
    }

    @Command(name = "cancel", description = "Stop a campaign for good; what was sent stays sent.")
    int cancel(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who cancels it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignPrinter.print(app.campaigns.service.cancel(id, CampaignArguments.actor(as)), format);
        }
        return 0;
    }

    @Command(name = "report", description = "Queue, events, left-out counts and the lift against the holdout.")
    int report(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            CampaignReport report = app.campaigns.service.report(id);
            if (CampaignPrinter.json(format)) {
                Output.json(report, System.out);
            } else {
                CampaignPrinter.printReport(report);
            }
        }
        return 0;
    }

    @Command(name = "list", description = "Campaigns, newest first.")
    int list(
            @Mixin StoreOptions store,
            @Option(
                            names = "--status",
                            description =
                                    "draft | awaiting_approval | approved | sending | paused | done" + " | cancelled")
                    String status,
            @Option(names = "--limit", defaultValue = "50") int limit,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            Page<CampaignView> page = app.campaigns.service.list(
                    Optional.ofNullable(status).map(CampaignStatus::parse),
                    Optional.empty(),
                    0,
                    Math.max(1, Math.min(500, limit)));
            if (CampaignPrinter.json(format)) {
                Output.json(page, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CampaignView c : page.items()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", c.id());
                row.put("name", c.name());
                row.put("status", c.status());
                row.put("channel", c.channel());
                row.put("audience", c.audience());
                row.put("createdBy", c.createdBy());
                row.put("approvedBy", c.approvedBy());
                rows.add(row);
            }
            Output.rows(rows, format, System.out);
        }
        return 0;
    }
}
