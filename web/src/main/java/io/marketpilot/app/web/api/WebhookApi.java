package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.webhook.NewSubscription;
import io.marketpilot.app.webhook.WebhookService;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /webhooks/subscriptions} and {@code /webhooks/deliveries}: webhooks out, for administrators (a subscription
 * sends customer ids to a URL of the subscriber's choosing). The secret is given once and never shown again.
 */
public final class WebhookApi {
    private final WebhookService webhooks;

    public WebhookApi(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** A subscription request's body. */
    public record SubscriptionBody(
            @Nullable String url,
            @Nullable List<String> events,
            @Nullable String secret) {}

    public void register(ApiRegistry api) {
        String tag = "Webhooks";
        api.get("/webhooks/subscriptions", Access.ADMIN, tag, "Every webhook subscription, oldest first")
                .returns("WebhookSubscriptionList")
                .handle(ctx -> ctx.json(webhooks.subscriptions()));
        api.post(
                        "/webhooks/subscriptions",
                        Access.ADMIN,
                        tag,
                        "Subscribe a receiver to events; each is posted as JSON signed with the secret"
                                + " (X-MarketPilot-Signature)")
                .body("NewWebhookSubscription")
                .created("WebhookSubscription")
                .handle(this::subscribe);
        api.get("/webhooks/subscriptions/{id}", Access.ADMIN, tag, "One webhook subscription")
                .returns("WebhookSubscription")
                .handle(ctx -> ctx.json(webhooks.subscription(id(ctx))));
        api.delete(
                        "/webhooks/subscriptions/{id}",
                        Access.ADMIN,
                        tag,
                        "Remove a webhook subscription and its delivery log")
                .returns("Deleted")
                .handle(this::remove);
        api.get(
                        "/webhooks/subscriptions/{id}/deliveries",
                        Access.ADMIN,
                        tag,
                        "A subscription's delivery log, newest first")
                .query("limit", "integer", "Lines to return, 1–500 (default 50)")
                .returns("WebhookDeliveryList")
                .handle(this::deliveries);
        api.post(
                        "/webhooks/deliveries/{id}/replay",
                        Access.ADMIN,
                        tag,
                        "Send a failed or dead delivery again (the same body and event id), due now")
                .returns("WebhookDelivery")
                .fails(ErrorCode.CONFLICT, "The delivery did not fail: it is pending, being posted or delivered")
                .handle(this::replay);
    }

    private void subscribe(Context ctx) {
        SubscriptionBody body = Requests.body(ctx, SubscriptionBody.class);
        if (body.url() == null || body.secret() == null || body.events() == null) {
            throw MarketPilotException.invalid("Give url, events and secret");
        }
        ctx.status(201)
                .json(webhooks.subscribe(
                        new NewSubscription(body.url(), body.events(), body.secret()),
                        Authenticator.principal(ctx).actor()));
    }

    private void remove(Context ctx) {
        long id = id(ctx);
        webhooks.remove(id, Authenticator.principal(ctx).actor());
        ctx.json(Map.of("deleted", Long.toString(id)));
    }

    private void deliveries(Context ctx) {
        String limit = ctx.queryParam("limit");
        int n;
        try {
            n = limit == null || limit.isBlank() ? 50 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("limit must be a whole number from 1 to " + WebhookService.LOG_LIMIT);
        }
        if (n < 1 || n > WebhookService.LOG_LIMIT) {
            throw MarketPilotException.invalid("limit must be from 1 to " + WebhookService.LOG_LIMIT);
        }
        ctx.json(webhooks.deliveries(id(ctx), n));
    }

    private void replay(Context ctx) {
        ctx.json(webhooks.replay(id(ctx), Authenticator.principal(ctx).actor()));
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("id must be a number, not '" + text + "'");
        }
    }
}
