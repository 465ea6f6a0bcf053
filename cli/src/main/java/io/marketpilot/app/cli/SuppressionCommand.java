package io.marketpilot.app.cli;

import io.marketpilot.app.campaign.SuppressionCheck;
import io.marketpilot.app.campaign.SuppressionLine;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.page.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot suppression …}: addresses no campaign may send to, kept as hashes. */
@Command(name = "suppression", description = "The suppression list: list, add, check.")
public final class SuppressionCommand {
    @Command(name = "list", description = "Suppressed address hashes, newest first.")
    int list(
            @Mixin StoreOptions store,
            @Option(names = "--channel", description = "email | sms | webhook") String channel,
            @Option(names = "--limit", defaultValue = "50") int limit,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            Page<SuppressionLine> page = app.campaigns.suppression.list(
                    Optional.ofNullable(channel).map(ChannelKind::parse), 0, Math.max(1, Math.min(500, limit)));
            if (CampaignPrinter.json(format)) {
                Output.json(page, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SuppressionLine s : page.items()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("addressHash", s.addressHash());
                row.put("channel", s.channel());
                row.put("reason", s.reason());
                row.put("at", s.at().toString());
                row.put("note", s.note());
                rows.add(row);
            }
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    @Command(name = "add", description = "Suppress an address: no campaign will send to it again.")
    int add(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ADDRESS") String address,
            @Option(names = "--channel", defaultValue = "email", description = "email | sms | webhook") String channel,
            @Option(names = "--note", defaultValue = "") String note,
            @Option(names = "--as", description = "Who adds it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            SuppressionCheck check = app.campaigns.suppression.add(
                    address, ChannelKind.parse(channel), note, CampaignArguments.actor(as));
            print(check, format, check.added() ? "Suppressed" : "Already suppressed");
        }
        return 0;
    }

    @Command(name = "check", description = "Whether an address is suppressed.")
    int check(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ADDRESS") String address,
            @Option(names = "--channel", defaultValue = "email", description = "email | sms | webhook") String channel,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            SuppressionCheck check = app.campaigns.suppression.contains(address, ChannelKind.parse(channel));
            print(check, format, check.suppressed() ? "Suppressed" : "Not suppressed");
        }
        return 0;
    }

    private static void print(SuppressionCheck check, String format, String verdict) {
        if (CampaignPrinter.json(format)) {
            Output.json(check, System.out);
        } else {
            System.out.println(verdict + " on " + check.channel() + " (hash " + check.addressHash() + ")");
        }
    }
}
