package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.experiment.EventIntake;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;

/** {@code /events}: behavioural and experiment events, one or a batch, idempotent by event id. */
public final class EventApi {
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
        EventIntake.Result result = app.eventIntake.ingest(Requests.tree(ctx));
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
}
