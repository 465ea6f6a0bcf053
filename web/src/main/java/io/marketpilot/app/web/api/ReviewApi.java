package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Review;
import java.util.Map;

/** {@code /reviews}: reviews and social posts. */
public final class ReviewApi {
    private static final io.marketpilot.text.language.LanguageDetector LANGUAGES =
            new io.marketpilot.text.language.LanguageDetector();

    private final Services app;

    public ReviewApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        String tag = "Reviews";
        api.get("/reviews", Access.VIEWER, tag, "List reviews, newest first")
                .paged()
                .returns("ReviewPage")
                .handle(this::list);
        api.get("/reviews/{id}", Access.VIEWER, tag, "A review")
                .returns("Review")
                .handle(this::get);
        api.post("/reviews", Access.MARKETER, tag, "Add or replace a review")
                .body("Review")
                .created("Review")
                .handle(this::create);
        api.delete("/reviews/{id}", Access.MARKETER, tag, "Delete a review")
                .returns("Deleted")
                .handle(this::delete);
    }

    private void list(Context ctx) {
        ctx.json(app.reviews.list(Requests.page(ctx)));
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(app.reviews.find(id).orElseThrow(() -> MarketPilotException.notFound("Review", id)));
    }

    private void create(Context ctx) {
        Review r = Requests.body(ctx, Review.class);
        if (r.text() == null || r.text().isBlank() || r.createdAt() == null) {
            throw MarketPilotException.invalid("A review needs text and createdAt");
        }
        if (r.rating() != null && (r.rating() < 1 || r.rating() > 5)) {
            throw MarketPilotException.invalid("rating must be between 1 and 5");
        }
        if (r.customerId() != null && app.customers.find(r.customerId()).isEmpty()) {
            throw MarketPilotException.invalid("Customer '" + r.customerId() + "' is unknown");
        }
        if (r.productId() != null && app.products.find(r.productId()).isEmpty()) {
            throw MarketPilotException.invalid("Product '" + r.productId() + "' is unknown");
        }
        Review stored = new Review(
                r.id(),
                r.customerId(),
                r.productId(),
                r.text(),
                r.rating(),
                r.channel() == null ? "review" : r.channel(),
                r.language() == null ? LANGUAGES.detect(r.text()).code() : r.language(),
                r.createdAt());
        app.reviews.save(stored);
        app.audit.record(Authenticator.principal(ctx).actor(), "review.create", stored.id(), "");
        ctx.status(201).json(stored);
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (!app.reviews.delete(id)) {
            throw MarketPilotException.notFound("Review", id);
        }
        app.audit.record(Authenticator.principal(ctx).actor(), "review.delete", id, "");
        ctx.json(Map.of("deleted", id));
    }
}
