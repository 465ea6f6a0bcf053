package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marketpilot customer forget|export}: the data-subject rights. */
@Command(name = "customer", description = "Export everything held about a customer, or forget them everywhere.")
public final class CustomerCommand {
    @Mixin
    StoreOptions store;

    @Command(name = "export", description = "Print everything held about the customer as JSON.")
    int export(@Parameters(paramLabel = "ID") String id) throws Exception {
        try (Services app = store.open()) {
            System.out.println(
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(app.privacy.export(id, "cli")));
        }
        return 0;
    }

    @Command(name = "forget", description = "Erase the customer's personal data; their orders stay as anonymous sales.")
    int forget(@Parameters(paramLabel = "ID") String id) {
        try (Services app = store.open()) {
            var touched = app.privacy.forget(id, "cli");
            System.out.println("Forgot customer " + id + ": " + touched);
        }
        return 0;
    }
}
