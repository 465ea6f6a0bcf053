package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.access.ApiKey;
import io.marketpilot.core.access.Role;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot apikey create|list|revoke}. */
@Command(name = "apikey", description = "Create, list and revoke API keys (roles: admin, marketer, viewer).")
public final class ApiKeyCommand {
    @Mixin
    StoreOptions store;

    @Command(name = "create", description = "Create a key and print it once; only its hash is stored.")
    int create(
            @Option(names = "--role", required = true, description = "admin | marketer | viewer") String role,
            @Option(names = "--name", description = "A label, e.g. who or what uses the key") @Nullable String name) {
        try (Services app = store.open()) {
            Role r = Role.parse(role);
            var issued = app.apiKeys.create(name == null ? r.wireName() + " key" : name, r, "cli");
            System.out.println(issued.secret());
            System.err.println(
                    "Created " + r.wireName() + " key " + issued.key().id() + "; store it now, it is not shown again.");
        }
        return 0;
    }

    @Command(name = "list", description = "List keys (never their secrets).")
    int list() {
        try (Services app = store.open()) {
            for (ApiKey k : app.apiKeys.list()) {
                System.out.printf(
                        "%s\t%s\t%s\t%s%n", k.id(), k.role().wireName(), k.active() ? "active" : "revoked", k.name());
            }
        }
        return 0;
    }

    @Command(name = "revoke", description = "Revoke a key by its id.")
    int revoke(@Parameters(paramLabel = "ID") String id) {
        try (Services app = store.open()) {
            if (!app.apiKeys.revoke(id, "cli")) {
                throw io.marketpilot.core.MarketPilotException.notFound("Active API key", id);
            }
            System.out.println("Revoked " + id);
        }
        return 0;
    }
}
