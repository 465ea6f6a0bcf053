package io.marketpilot.app.cli;

import io.marketpilot.app.campaign.ConsentImportReport;
import io.marketpilot.app.campaign.ConsentLine;
import io.marketpilot.app.campaign.ConsentOverview;
import io.marketpilot.app.campaign.OptInRequest;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot consent …}: customers' consent to marketing per channel and topic, with proof. */
@Command(name = "consent", description = "Consent to marketing: import, show, set, opt-in (double opt-in).")
public final class ConsentCommand {
    @Command(
            name = "import",
            description = "Import consents from a file with columns customer_id,channel,topic,status,source,at (CSV,"
                    + " TSV or JSONL, optionally .gz); a file with any bad row is refused whole.")
    int importFile(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "FILE") Path file,
            @Option(names = "--as", description = "Who imports it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format)
            throws IOException {
        try (Services app = store.open();
                InputStream in = Files.newInputStream(file)) {
            ConsentImportReport report =
                    app.campaigns.consent.importFile(file.getFileName().toString(), in, CampaignArguments.actor(as));
            if (CampaignPrinter.json(format)) {
                Output.json(report, System.out);
            } else {
                System.out.println("Recorded " + report.recorded() + " consent statements from " + report.source());
            }
        }
        return 0;
    }

    @Command(name = "show", description = "A customer's latest consent per channel and topic, and the history.")
    int show(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "CUSTOMER") String customerId,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            ConsentOverview overview = app.campaigns.consent.show(customerId);
            if (CampaignPrinter.json(format)) {
                Output.json(overview, System.out);
                return 0;
            }
            System.out.println("Consent of " + overview.customerId() + ":");
            if (overview.latest().isEmpty()) {
                System.out.println("  none recorded");
            }
            overview.latest().forEach(c -> System.out.println("  " + line(c)));
            System.out.println("History (" + overview.history().size() + ", newest first):");
            overview.history().forEach(c -> System.out.println("  " + c.at() + "  " + line(c)));
        }
        return 0;
    }

    @Command(name = "set", description = "Record a customer's consent statement, with its proof.")
    int set(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "CUSTOMER") String customerId,
            @Option(names = "--channel", defaultValue = "email", description = "email | sms | webhook") String channel,
            @Option(names = "--topic", defaultValue = Consent.ALL_TOPICS, description = "all, or a topic") String topic,
            @Option(names = "--status", required = true, description = "opted_in | opted_out | pending | unknown")
                    String status,
            @Option(names = "--proof", required = true, description = "What shows it: a form, a call, a ticket")
                    String proof,
            @Option(names = "--as", description = "Who records it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            ConsentLine line = app.campaigns.consent.set(
                    customerId,
                    ChannelKind.parse(channel),
                    topic,
                    ConsentStatus.parse(status),
                    ConsentSource.CLI,
                    proof,
                    CampaignArguments.actor(as));
            if (CampaignPrinter.json(format)) {
                Output.json(line, System.out);
            } else {
                System.out.println("Recorded: " + line(line));
            }
        }
        return 0;
    }

    @Command(
            name = "opt-in",
            description = "Start a double opt-in: the consent is pending until the customer follows the link in the"
                    + " confirmation e-mail.")
    int optIn(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "CUSTOMER") String customerId,
            @Option(names = "--topic", defaultValue = Consent.ALL_TOPICS) String topic,
            @Option(names = "--as", description = "Who asks (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            OptInRequest request = app.campaigns.consent.requestOptIn(
                    customerId, topic, ConsentSource.CLI, CampaignArguments.actor(as));
            if (CampaignPrinter.json(format)) {
                Output.json(request, System.out);
            } else {
                System.out.println("Consent of " + request.customerId() + " to " + request.topic() + " is pending; "
                        + request.detail() + " (" + request.delivery() + ")");
            }
        }
        return 0;
    }

    private static String line(ConsentLine c) {
        return c.channel() + "/" + c.topic() + ": " + c.status() + " (" + c.source() + ", " + c.at() + "; " + c.proof()
                + ")";
    }
}
