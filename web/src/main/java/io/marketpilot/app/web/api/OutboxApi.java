package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.delivery.Outbox;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.page.Page;

/**
 * {@code /outbox}: what the outbox channel stored instead of delivering (the demo's campaigns, e-mail while no
 * {@code smtp.host} is set). Nothing here reached anybody.
 */
public final class OutboxApi {
    private final Outbox outbox;

    public OutboxApi(Outbox outbox) {
        this.outbox = outbox;
    }

    public void register(ApiRegistry api) {
        String tag = "Outbox";
        api.get("/outbox", Access.VIEWER, tag, "Messages stored in the outbox, not delivered; newest first")
                .paged()
                .returns("OutboxPage")
                .handle(this::list);
        api.get("/outbox/message", Access.VIEWER, tag, "One message of the outbox by its key (campaign/customer)")
                .query("key", "string", "The message's key, e.g. spring-sale/C00010")
                .returns("OutboxMessage")
                .fails(ErrorCode.NOT_FOUND, "The outbox holds no message with this key")
                .handle(this::one);
    }

    private void list(Context ctx) {
        Page<OutboxEntry> page = outbox.page(Requests.page(ctx));
        ctx.json(new Page<>(
                page.items().stream().map(OutboxMessage::of).toList(), page.total(), page.offset(), page.limit()));
    }

    private void one(Context ctx) {
        String key = ctx.queryParam("key");
        if (key == null || key.isBlank()) {
            throw MarketPilotException.invalid("Give the message's key: ?key=campaign/customer");
        }
        ctx.json(outbox.find(key.strip())
                .map(OutboxMessage::of)
                .orElseThrow(() -> MarketPilotException.notFound("Outbox message", key)));
    }
}
