package io.marketpilot.app.cli;

import io.marketpilot.app.journey.JourneyApplied;
import io.marketpilot.app.journey.JourneyDetail;
import io.marketpilot.app.journey.JourneyReport;
import io.marketpilot.app.journey.JourneyService;
import io.marketpilot.app.journey.JourneyValidation;
import io.marketpilot.app.journey.JourneyView;
import io.marketpilot.app.services.Services;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marketpilot journey …}: journeys from a JSON file to their report, and {@code run}, which walks the customers
 * who are due through their steps once (the server does it in the background). Changes are signed {@code --as NAME}
 * (default: the operating-system user).
 */
@Command(name = "journey", description = "Journeys: validate, apply, list, show, pause, resume, report, run.")
public final class JourneyCommand {
    @Command(
            name = "validate",
            description = "Check a journey's JSON file without a store: prints each problem with its JSON path and"
                    + " exits with code 2.")
    int validate(@Parameters(paramLabel = "FILE", description = "The journey's JSON") Path file) throws IOException {
        JourneyValidation validation = JourneyService.validateOffline(read(file));
        if (validation.valid()) {
            System.out.println("valid: journey " + validation.journeyId());
            return 0;
        }
        for (JourneyValidation.Problem p : validation.problems()) {
            System.out.println(p.path() + ": " + p.message());
        }
        return 2;
    }

    @Command(
            name = "apply",
            description = "Store the journey in FILE: create it (active), or add a version when it changed.")
    int apply(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "FILE", description = "The journey's JSON") Path file,
            @Option(names = "--as", description = "Who applies it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format)
            throws IOException {
        String json = read(file);
        try (Services app = store.open()) {
            JourneyApplied applied = app.journeys.service.apply(json, CampaignArguments.actor(as));
            if (CampaignPrinter.json(format)) {
                Output.json(applied, System.out);
            } else {
                System.out.println((applied.changed() ? "stored" : "unchanged") + ": journey "
                        + applied.journey().id() + " version " + applied.version() + " ("
                        + applied.journey().status() + ")");
            }
        }
        return 0;
    }

    @Command(name = "list", description = "Every journey, by id.")
    int list(
            @Mixin StoreOptions store,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            List<Map<String, Object>> rows = app.journeys.service.list().stream()
                    .map(JourneyCommand::row)
                    .toList();
            if (CampaignPrinter.json(format)) {
                Output.json(app.journeys.service.list(), System.out);
            } else {
                Output.rows(rows, format, System.out);
            }
        }
        return 0;
    }

    @Command(name = "show", description = "One journey, its versions and its latest JSON.")
    int show(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            JourneyDetail detail = app.journeys.service.show(id);
            if (CampaignPrinter.json(format)) {
                Output.json(detail, System.out);
            } else {
                Output.rows(List.of(row(detail.journey())), "table", System.out);
                System.out.println("in the journey now: " + detail.inJourney());
                detail.versions()
                        .forEach(v -> System.out.println(
                                "version " + v.version() + " by " + v.createdBy() + " at " + v.createdAt()));
                System.out.println(detail.definition());
            }
        }
        return 0;
    }

    @Command(name = "pause", description = "Take nobody new in; customers in it stay on their step.")
    int pause(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who pauses it (default: the OS user)") String as) {
        return change(store, s -> s.pause(id, CampaignArguments.actor(as)));
    }

    @Command(name = "resume", description = "Take customers in again and move those in it on.")
    int resume(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--as", description = "Who resumes it (default: the OS user)") String as) {
        return change(store, s -> s.resume(id, CampaignArguments.actor(as)));
    }

    @Command(name = "report", description = "Per step and against the holdout: what the journey did.")
    int report(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") String id,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            JourneyReport report = app.journeys.service.report(id);
            if (CampaignPrinter.json(format)) {
                Output.json(report, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = report.steps().stream()
                    .map(s -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("step", s.stepId());
                        row.put("entered", s.entered());
                        row.put("waiting", s.waiting());
                        row.put("branched", s.branched());
                        row.put("sent", s.sent());
                        row.put("not_sent", s.notSent());
                        row.put("held_out", s.heldOut());
                        row.put("converted", s.converted());
                        row.put("exited", s.exited());
                        return row;
                    })
                    .toList();
            Output.rows(rows, "table", System.out);
            System.out.println("entered " + report.entered() + " (converted " + report.converted() + "), holdout "
                    + report.holdoutEntered() + " (converted " + report.holdoutConverted() + ")");
            System.out.println(report.verdict());
        }
        return 0;
    }

    @Command(
            name = "run",
            description = "Walk the customers who are due through their journeys once, and sweep today's date"
                    + " triggers; their messages are queued for the campaign sender (the server sends them).")
    int run(@Mixin StoreOptions store) {
        try (Services app = store.open()) {
            int entered = app.journeys.worker.sweepDay();
            int advanced = app.journeys.worker.runDue();
            int sent = app.campaigns.sender.sendDue();
            System.out.println("entered by date triggers: " + entered + ", advanced: " + advanced
                    + ", messages handled by the sender: " + sent);
        }
        return 0;
    }

    private static int change(StoreOptions store, Function<JourneyService, JourneyView> move) {
        try (Services app = store.open()) {
            JourneyView view = move.apply(app.journeys.service);
            System.out.println("journey " + view.id() + " is " + view.status());
        }
        return 0;
    }

    private static Map<String, Object> row(JourneyView j) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", j.id());
        row.put("name", j.name());
        row.put("status", j.status());
        row.put("version", j.latestVersion());
        row.put("created_by", j.createdBy());
        return row;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
