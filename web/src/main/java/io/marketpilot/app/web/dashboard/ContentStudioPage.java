package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.content.ContentViews;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Principal;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.content.StoredEvaluation;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Content studio": pick channel, segment or customer, product, language and tone; generate; compare the
 * variants side by side with their scores and guardrail flags; edit, approve or reject; set the brand voice.
 * Forms post and redirect back, so the page works without JavaScript.
 */
final class ContentStudioPage {
    /** The longest form value or message carried back through the redirect's address. */
    private static final int MAX_ECHO = 1_000;

    private final Services app;
    private final Dashboard dashboard;

    ContentStudioPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/content", Access.VIEWER, ctx -> dashboard.page(ctx, "Content studio", frame -> view(ctx, frame)));
        routes.form("/content/generate", Access.MARKETER, this::generate);
        routes.form("/content/brand-voice", Access.MARKETER, this::saveVoice);
        routes.form("/content/{id}/edit", Access.MARKETER, this::edit);
        routes.form("/content/{id}/review", Access.MARKETER, this::review);
    }

    private Dashboard.View view(Context ctx, Frame frame) {
        String batch = Optional.ofNullable(ctx.queryParam("batch")).orElse("");
        List<ContentStudio.Card> variants = batch.isBlank()
                ? List.of()
                : app
                        .content
                        .list(new ContentQuery(Optional.empty(), Optional.empty(), Optional.of(batch), 0, 10))
                        .items()
                        .reversed()
                        .stream()
                        .map(ContentStudioPage::card)
                        .toList();
        List<ContentStudio.Card> recent = app.content.list(ContentQuery.latest(12)).items().stream()
                .map(ContentStudioPage::card)
                .toList();
        ContentStudio.Form form = new ContentStudio.Form(
                param(ctx, "channel", "email"),
                param(ctx, "segment", "0"),
                param(ctx, "customer", ""),
                param(ctx, "product", ""),
                param(ctx, "language", "en"),
                param(ctx, "tone", "friendly"),
                param(ctx, "goal", ""),
                param(ctx, "network", "x"),
                parseInt(param(ctx, "variants", "3"), 3));
        return new Dashboard.View(
                "content.jte",
                new ContentStudio(
                        frame,
                        Dashboard.callerHas(ctx, Role.MARKETER),
                        form,
                        segments(),
                        app.products.all().stream()
                                .map(p -> new ContentStudio.Option(p.id(), p.id() + " · " + p.name()))
                                .toList(),
                        variants,
                        recent,
                        app.content.voice(),
                        param(ctx, "message", "")));
    }

    private List<ContentStudio.Option> segments() {
        return app.segments
                .latest()
                .map(run -> run.segments().stream()
                        .map(s -> new ContentStudio.Option(
                                String.valueOf(s.get("segment")), s.get("segment") + " · " + s.get("name")))
                        .toList())
                .orElse(List.of());
    }

    private void generate(Context ctx) {
        post(ctx, (who, keep) -> {
            String audience = param(ctx, "audience", "segment");
            for (String k : List.of(
                    "channel", "segment", "customer", "product", "language", "tone", "goal", "network", "variants")) {
                keep.put(k, param(ctx, k, ""));
            }
            // every field is in keep now, an empty text where the form left it out
            var batch = app.content.generate(
                    new GenerateRequest(
                            keep.getOrDefault("channel", ""),
                            audience.equals("segment") ? keep.getOrDefault("segment", "") : null,
                            audience.equals("customer") ? keep.getOrDefault("customer", "") : null,
                            keep.getOrDefault("product", ""),
                            keep.getOrDefault("goal", ""),
                            keep.getOrDefault("tone", ""),
                            keep.getOrDefault("language", ""),
                            keep.getOrDefault("network", ""),
                            List.of(),
                            parseInt(keep.getOrDefault("variants", ""), 3),
                            System.nanoTime() % 1_000_000),
                    who.actor());
            keep.put("batch", batch.batchId());
        });
    }

    private void edit(Context ctx) {
        post(ctx, (who, back) -> {
            long id = id(ctx);
            ContentItem item = app.content.get(id);
            back.put("batch", item.batchId());
            Map<String, Object> fields = new LinkedHashMap<>(ContentViews.fields(item));
            for (String name : List.copyOf(fields.keySet())) {
                String value = ctx.formParam("f_" + name);
                if (value != null) {
                    fields.put(
                            name,
                            fields.get(name) instanceof List<?>
                                    ? Arrays.stream(value.split("\\R"))
                                            .map(String::strip)
                                            .filter(s -> !s.isEmpty())
                                            .toList()
                                    : value.replace("\r\n", "\n"));
                }
            }
            app.content.edit(id, fields, who.actor());
        });
    }

    private void review(Context ctx) {
        post(ctx, (who, back) -> {
            long id = id(ctx);
            back.put("batch", app.content.get(id).batchId());
            String comment = param(ctx, "comment", "");
            switch (param(ctx, "action", "")) {
                case "approve" -> app.content.approve(id, who.name(), comment);
                case "reject" -> app.content.reject(id, who.name(), comment);
                case "wording" ->
                    back.put(
                            "message",
                            "#" + id + " wording: " + wordingMessage(app.content.readWording(id, who.actor())));
                default -> throw MarketPilotException.invalid("Choose approve or reject");
            }
        });
    }

    /** The wording review in one line, shown after the redirect back to the studio. */
    static String wordingMessage(io.marketpilot.app.content.WordingReview review) {
        String findings = review.findings().isEmpty()
                ? "no findings"
                : String.join(
                        "; ",
                        review.findings().stream()
                                .map(f -> f.rule() + ": " + f.message())
                                .toList());
        String message = findings + " (second reader: " + review.secondReader().summary() + ")";
        return message.length() <= MAX_ECHO - 20 ? message : message.substring(0, MAX_ECHO - 21) + "…";
    }

    /** What a studio form does for a writer; it records where to return (batch) in {@code back}. */
    @FunctionalInterface
    private interface FormAction {
        void run(Principal who, Map<String, String> back);
    }

    /**
     * A studio form post (the routes admit writers only): the action's failure becomes the message shown after the
     * redirect back to the studio, which keeps the batch and form values the action put in {@code back}.
     */
    private void post(Context ctx, FormAction action) {
        Map<String, String> back = new LinkedHashMap<>();
        try {
            action.run(Authenticator.principal(ctx), back);
        } catch (MarketPilotException e) {
            String message = Objects.requireNonNullElse(e.getMessage(), ""); // the service's refusals always say why
            back.put("message", message.length() <= MAX_ECHO ? message : message.substring(0, MAX_ECHO - 1) + "…");
        }
        ctx.redirect("/content?" + query(back));
    }

    private void saveVoice(Context ctx) {
        post(ctx, (who, back) -> {
            app.content.saveVoice(
                    new BrandVoice(
                            param(ctx, "description", ""),
                            words(param(ctx, "preferred", "")),
                            words(param(ctx, "avoided", "")),
                            words(param(ctx, "banned", "")),
                            Arrays.stream(param(ctx, "examples", "").split("\\R"))
                                    .toList(),
                            null,
                            null),
                    who.actor());
            back.put("message", "Brand voice saved");
        });
    }

    static ContentStudio.Card card(ContentItem i) {
        List<ContentStudio.Field> fields = new ArrayList<>();
        ContentViews.fields(i)
                .forEach((k, value) -> fields.add(
                        value instanceof List<?> l
                                ? new ContentStudio.Field(
                                        k,
                                        String.join(
                                                "\n",
                                                l.stream().map(String::valueOf).toList()),
                                        true)
                                : new ContentStudio.Field(k, String.valueOf(value), false)));
        StoredEvaluation evaluation = ContentViews.evaluation(i);
        List<ContentStudio.Score> scores = new ArrayList<>();
        evaluation.scores().forEach((k, value) -> scores.add(new ContentStudio.Score(k, String.valueOf(value))));
        List<ContentStudio.Flag> flags = evaluation.findingViews().stream()
                .map(f -> new ContentStudio.Flag(
                        String.valueOf(f.get("severity")),
                        String.valueOf(f.get("rule")),
                        String.valueOf(f.get("message"))))
                .toList();
        String audience = i.target().customerId() != null
                ? "customer " + i.target().customerId()
                : i.target().segment() != null ? i.target().segment() : "product page";
        return new ContentStudio.Card(
                i.id(),
                i.batchId(),
                i.target().channel(),
                i.target().language(),
                audience,
                i.angle(),
                i.provenance().provider(),
                i.provenance().model(),
                i.provenance().note(),
                i.review().status().wireName(),
                i.review().reviewer() == null ? "" : i.review().reviewer(),
                i.review().comment() == null ? "" : i.review().comment(),
                fields,
                scores,
                flags);
    }

    private static List<String> words(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String param(Context ctx, String name, String fallback) {
        String v = ctx.formParam(name) != null ? ctx.formParam(name) : ctx.queryParam(name);
        return v == null ? fallback : v.strip();
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw MarketPilotException.notFound("Content", ctx.pathParam("id"));
        }
    }

    /**
     * The values to show again after the redirect. A value longer than {@link #MAX_ECHO} is left out: it would make
     * the redirect's address longer than a server or browser takes, and it was refused for its length anyway.
     */
    private static String query(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty() && v.length() <= MAX_ECHO) {
                sb.append(sb.isEmpty() ? "" : "&")
                        .append(k)
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }
}
