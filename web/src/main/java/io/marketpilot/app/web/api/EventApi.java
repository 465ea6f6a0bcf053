package io.marketpilot.app.web.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.marketpilot.app.experiment.EventIntake;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /events}: behavioural and experiment events, one or a batch, idempotent by event id. */
public final class EventApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

    private final Services app;

    public EventApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Events";
        api.get("/events", Access.VIEWER, tag, "List events, newest first")
                .paged()
                .returns("EventPage")
                .handle(this::list);
        api.post(
                        "/events",
                        Access.MARKETER,
                        tag,
                        "Record one event or a JSON array: behavioural events, or experiment exposure/click/conversion"
                                + " events (with experimentId, unitId, optional variant and value). Each event is"
                                + " checked on its own: valid ones are saved, invalid ones listed with index and"
                                + " reason (400), repeated ids counted as duplicates")
                .body("EventBatch")
                .returns("EventIntake")
                .handle(this::create);
    }

    private void list(Context ctx) {
        ctx.json(app.events.list(Requests.page(ctx)));
    }

    private void create(Context ctx) {
        EventIntake.Result result = app.eventIntake.ingest(batch(Requests.tree(ctx)));
        if (!result.rejected().isEmpty()) {
            // The valid events are stored; a 400 makes the client look, and resending the batch is harmless.
            throw new MarketPilotException(
                    ErrorCode.INVALID_INPUT,
                    result.rejected().size() + " of " + result.received() + " event(s) rejected; the "
                            + result.saved() + " valid new one(s) were saved"
                            + (result.duplicates() > 0 ? " and " + result.duplicates() + " duplicate(s) skipped" : ""),
                    result.toMap());
        }
        ctx.json(result.toMap());
    }

    /** The body, one event object or an array of them, as each event's plain values by field name. */
    private static List<Map<String, Object>> batch(JsonNode body) {
        if (!(body.isArray() || body.isObject())) {
            throw MarketPilotException.invalid("Send an event object or an array of events");
        }
        List<Map<String, Object>> events = new ArrayList<>(body.size());
        for (JsonNode event : body.isArray() ? body : List.of(body)) {
            // an element that is not an object has no fields: the intake rejects it, at its index, for want of an id
            events.add(event.isObject() ? JSON.convertValue(event, FIELDS) : Map.of());
        }
        return events;
    }
}
