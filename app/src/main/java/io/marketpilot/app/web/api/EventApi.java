package io.marketpilot.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.marketpilot.app.Application;
import io.marketpilot.app.web.Json;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Event;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /events}: behavioural events, one or a batch, idempotent by event id. */
public final class EventApi {
    private static final ObjectMapper JSON = Json.mapper();

    private final Application app;

    public EventApi(Application app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Events";
        api.get("/events", Access.VIEWER, tag, "List events, newest first")
                .paged()
                .returns("EventPage")
                .handle(this::list);
        api.post("/events", Access.MARKETER, tag, "Record one event or a JSON array of events; known ids are ignored")
                .body("EventBatch")
                .returns("Saved")
                .handle(this::create);
    }

    private void list(Context ctx) {
        ctx.json(app.events.list(Requests.page(ctx)));
    }

    private void create(Context ctx) throws IOException {
        JsonNode body = JSON.readTree(ctx.bodyInputStream());
        if (body == null || !(body.isArray() || body.isObject())) {
            throw MarketPilotException.invalid("Send an event object or an array of events");
        }
        List<Event> events = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        int index = 0;
        for (JsonNode node : body.isArray() ? body : List.of(body)) {
            try {
                Event e = JSON.treeToValue(node, Event.class);
                check(e);
                events.add(e);
            } catch (IOException | MarketPilotException | IllegalArgumentException e) {
                errors.add(Map.of(
                        "index",
                        index,
                        "reason",
                        e instanceof MarketPilotException ? e.getMessage() : "invalid event: " + e.getMessage()));
            }
            index++;
        }
        if (!errors.isEmpty()) {
            throw new MarketPilotException(
                    io.marketpilot.core.ErrorCode.INVALID_INPUT,
                    errors.size() + " invalid event(s); nothing was saved",
                    Map.of("errors", errors));
        }
        ctx.json(Map.of("saved", app.events.saveAll(events)));
    }

    private void check(Event e) {
        if (e.type() == null || e.type().isBlank() || e.occurredAt() == null) {
            throw MarketPilotException.invalid("type and occurredAt are required");
        }
        if (e.customerId() != null && app.customers.find(e.customerId()).isEmpty()) {
            throw MarketPilotException.invalid("customer '" + e.customerId() + "' is unknown");
        }
        if (e.productId() != null && app.products.find(e.productId()).isEmpty()) {
            throw MarketPilotException.invalid("product '" + e.productId() + "' is unknown");
        }
    }
}
