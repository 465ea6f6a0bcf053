package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import java.util.Map;

/** {@code /apikeys} and {@code /audit}: administration. */
public final class AdminApi {
    /** The body of a key request. */
    public record NewApiKey(String name, String role) {}

    private final Services app;

    public AdminApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Administration";
        api.get("/apikeys", Access.ADMIN, tag, "List API keys (never their secrets)")
                .returns("ApiKeyList")
                .handle(this::list);
        api.post("/apikeys", Access.ADMIN, tag, "Create an API key; the secret is returned once")
                .body("NewApiKey")
                .created("IssuedApiKey")
                .handle(this::create);
        api.delete("/apikeys/{id}", Access.ADMIN, tag, "Revoke an API key")
                .returns("Revoked")
                .handle(this::revoke);
        api.get("/audit", Access.ADMIN, tag, "The audit log, newest first")
                .paged()
                .returns("AuditEntryPage")
                .handle(this::audit);
    }

    private void list(Context ctx) {
        ctx.json(app.apiKeys.list());
    }

    private void create(Context ctx) {
        NewApiKey body = Requests.body(ctx, NewApiKey.class);
        if (body.role() == null) {
            throw MarketPilotException.invalid("role is required: admin, marketer or viewer");
        }
        var issued = app.apiKeys.create(
                body.name(),
                Role.parse(body.role()),
                Authenticator.principal(ctx).actor());
        ctx.status(201).json(issued);
    }

    private void revoke(Context ctx) {
        String id = ctx.pathParam("id");
        if (!app.apiKeys.revoke(id, Authenticator.principal(ctx).actor())) {
            throw MarketPilotException.notFound("Active API key", id);
        }
        ctx.json(Map.of("revoked", id));
    }

    private void audit(Context ctx) {
        ctx.json(app.audit.list(Requests.page(ctx)));
    }
}
