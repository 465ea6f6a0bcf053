package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.app.webhook.DeliveryView;
import io.marketpilot.core.MarketPilotException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The "Webhooks" page (administrators): every subscription with its recent deliveries, and a replay button on each
 * delivery that failed or died. Subscribing stays with the API and the CLI, which can show the secret once.
 */
final class WebhooksPage {
    /** Deliveries shown per subscription. */
    static final int RECENT = 20;

    private final Services app;
    private final Dashboard dashboard;

    WebhooksPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/webhooks", Access.ADMIN, ctx -> dashboard.page(ctx, "Webhooks", frame -> view(ctx, frame)));
        routes.form("/webhooks/deliveries/{id}/replay", Access.ADMIN, this::replay);
    }

    private Dashboard.View view(Context ctx, Frame frame) {
        List<WebhooksView.Subscription> subscriptions = app.webhooks.service.subscriptions().stream()
                .map(s -> new WebhooksView.Subscription(s, app.webhooks.service.deliveries(s.id(), RECENT)))
                .toList();
        String message = ctx.queryParam("message");
        String shown = message == null ? "" : message.length() > 300 ? message.substring(0, 300) : message;
        return new Dashboard.View("webhooks.jte", new WebhooksView(frame, subscriptions, shown));
    }

    private void replay(Context ctx) {
        String done;
        try {
            long id = Long.parseLong(ctx.pathParam("id"));
            DeliveryView d =
                    app.webhooks.service.replay(id, Authenticator.principal(ctx).actor());
            done = "Delivery " + d.id() + " of " + d.event() + " queued again; the worker posts it within seconds.";
        } catch (NumberFormatException e) {
            done = "No such delivery.";
        } catch (MarketPilotException e) {
            done = e.getMessage();
        }
        ctx.redirect("/webhooks?message=" + URLEncoder.encode(done, StandardCharsets.UTF_8));
    }
}
