package io.marketpilot.app.cli;

import io.marketpilot.app.content.ContentViews;
import io.marketpilot.app.services.Services;
import io.marketpilot.content.write.CopyParser;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentQuery;
import io.marketpilot.core.content.ContentStatus;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot content list|show|approve|reject|edit|use|win|rollout}: the review workflow. */
@Command(name = "content", description = "Review generated copy: list, show, approve, reject, edit, use, win, rollout.")
public final class ContentCommand {
    @Command(name = "list", description = "Generated texts, newest first.")
    int list(
            @Mixin StoreOptions store,
            @Option(names = "--status", description = "draft | approved | rejected | used") @Nullable String status,
            @Option(names = "--channel") @Nullable String channel,
            @Option(names = "--limit", defaultValue = "50") int limit,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            var page = app.content.list(new ContentQuery(
                    Optional.ofNullable(status).map(ContentStatus::parse),
                    Optional.ofNullable(channel),
                    Optional.empty(),
                    0,
                    Math.max(1, Math.min(500, limit))));
            List<Map<String, Object>> rows =
                    page.items().stream().map(i -> row(i, format)).toList();
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    @Command(name = "show", description = "One text with its fields, scores and findings.")
    int show(@Mixin StoreOptions store, @Parameters(paramLabel = "ID") long id) {
        try (Services app = store.open()) {
            GenerateCommand.print(app.content.get(id), System.out);
        }
        return 0;
    }

    @Command(name = "approve", description = "Approve a draft (refused while it has guardrail errors).")
    int approve(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--reviewer", required = true) String reviewer,
            @Option(names = "--comment") @Nullable String comment) {
        try (Services app = store.open()) {
            report(app.content.approve(id, reviewer, comment));
        }
        return 0;
    }

    @Command(name = "reject", description = "Reject a text, saying why.")
    int reject(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--reviewer", required = true) String reviewer,
            @Option(names = "--comment") @Nullable String comment) {
        try (Services app = store.open()) {
            report(app.content.reject(id, reviewer, comment));
        }
        return 0;
    }

    @Command(
            name = "edit",
            description = "Change fields (name=value; lists separated by ' | '); the text returns to draft.")
    int edit(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--field", required = true, description = "e.g. --field subject='New subject'")
                    Map<String, String> changes) {
        try (Services app = store.open()) {
            ContentItem item = app.content.get(id);
            Map<String, Object> fields = new LinkedHashMap<>(CopyParser.storedFields(item.fields()));
            changes.forEach((k, v) -> {
                if (!fields.containsKey(k)) {
                    throw MarketPilotException.invalid(
                            "A " + item.target().channel() + " has no field '" + k + "'; it has " + fields.keySet());
                }
                fields.put(k, fields.get(k) instanceof List<?> ? List.of(v.split("\\s*\\|\\s*")) : v);
            });
            GenerateCommand.print(app.content.edit(id, fields, "cli"), System.out);
        }
        return 0;
    }

    @Command(name = "use", description = "Record that an approved text went out in a campaign.")
    int use(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--campaign", required = true) String campaign) {
        try (Services app = store.open()) {
            report(app.content.use(id, campaign, "cli"));
        }
        return 0;
    }

    @Command(name = "win", description = "Mark an approved text as a winner: later prompts prefer it as an example.")
    int win(@Mixin StoreOptions store, @Parameters(paramLabel = "ID") long id) {
        try (Services app = store.open()) {
            report(app.content.win(id, "cli"));
        }
        return 0;
    }

    @Command(
            name = "rollout",
            description = "Fill an approved segment text's merge fields for every member of the segment (JSONL).")
    int rollout(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--out", required = true) Path out)
            throws Exception {
        try (Services app = store.open()) {
            TerminalProgress progress = TerminalProgress.forConsole();
            var rows = app.content.rollout(id, (done, total) -> progress.update("customers", done, total));
            progress.finish();
            try (PrintStream file = new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8)) {
                rows.forEach(r -> file.println(Output.compact(r)));
            }
            System.out.println("Wrote " + rows.size() + " personalised texts to " + out);
        }
        return 0;
    }

    private static Map<String, Object> row(ContentItem i, String format) {
        Map<String, Object> v = ContentViews.view(i);
        if (!format.equals("table")) {
            return v;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        for (String k : List.of("id", "channel", "language", "segment", "customerId", "angle", "status", "provider")) {
            r.put(k, v.get(k));
        }
        r.put("text", CopyParser.storedFields(i.fields()).values().iterator().next());
        return r;
    }

    private static void report(ContentItem i) {
        System.out.println("Content " + i.id() + " is " + i.review().status().wireName()
                + (i.review().usedIn() == null ? "" : " (used in " + i.review().usedIn() + ")")
                + (i.review().won() ? ", marked as a winner" : ""));
    }
}
