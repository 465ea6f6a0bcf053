package io.marketpilot.app.web.dashboard;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.DashboardSessions;
import io.marketpilot.app.web.auth.Principal;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.app.web.auth.SignInThrottle;
import io.marketpilot.app.web.auth.TrustedProxies;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.page.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The server-rendered dashboard (precompiled JTE templates, htmx, Chart.js). Each page and form declares the role it
 * needs ({@link Routes#page}, {@link Routes#form}); callers without a session (opened by typing an API key into the
 * log-in form) are sent to {@code /login} before any handler here runs.
 */
public final class Dashboard {
    private static final int PAGE_SIZE = 25;

    private final Services app;
    private final SignInPage signIn;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final DataPage data;
    private final PredictionsPage predictions;
    private final InsightsPage insights;
    private final RecommendationsPage recommendations;
    private final SegmentsPage segments;
    private final LlmUsagePage llmUsage;
    private final SupportPage support;
    private final ExperimentsPage experiments;
    private final ContentStudioPage content;
    private final CampaignsPage campaigns;
    private final WebhooksPage webhooks;
    private final JourneysPage journeys;
    private final CopilotPage copilot;
    private final ClassifiersPage classifiers;

    /**
     * @param proxies whose forwarding headers are believed (the sign-in limit's client address, HTTPS)
     * @param secureCookie whether every session cookie is marked Secure (the server sits behind TLS)
     */
    public Dashboard(Services app, DashboardSessions sessions, TrustedProxies proxies, boolean secureCookie) {
        this.app = app;
        this.signIn = new SignInPage(
                app.apiKeys, app.audit, sessions, new SignInThrottle(app.clock), proxies, secureCookie, this);
        this.data = new DataPage(app, this);
        this.predictions = new PredictionsPage(app.predictions, this);
        this.insights = new InsightsPage(app, this);
        this.recommendations = new RecommendationsPage(app, this);
        this.segments = new SegmentsPage(app, this);
        this.llmUsage = new LlmUsagePage(app, this);
        this.support = new SupportPage(app, this);
        this.experiments = new ExperimentsPage(app, this);
        this.content = new ContentStudioPage(app, this);
        this.campaigns = new CampaignsPage(app, this);
        this.webhooks = new WebhooksPage(app, this);
        this.journeys = new JourneysPage(app, this);
        this.copilot = new CopilotPage(app.copilot, this);
        this.classifiers = new ClassifiersPage(app, this);
    }

    public void register(Routes routes) {
        signIn.register(routes);
        routes.page("/", Access.VIEWER, ctx -> page(ctx, "Overview", frame -> overview(frame)));
        routes.page("/customers", Access.VIEWER, ctx -> page(ctx, "Customers", f -> customers(ctx, f)));
        routes.page("/customers/rows", Access.VIEWER, ctx -> page(ctx, "Customers", f -> customers(ctx, f)));
        routes.page("/customers/{id}", Access.VIEWER, ctx -> page(ctx, "Customers", f -> customer(ctx, f)));
        routes.page("/products", Access.VIEWER, ctx -> page(ctx, "Products", f -> products(ctx, f)));
        routes.page("/products/rows", Access.VIEWER, ctx -> page(ctx, "Products", f -> products(ctx, f)));
        routes.page("/products/{id}", Access.VIEWER, ctx -> page(ctx, "Products", f -> product(ctx, f)));
        data.register(routes);
        predictions.register(routes);
        insights.register(routes);
        recommendations.register(routes);
        segments.register(routes);
        llmUsage.register(routes);
        support.register(routes);
        experiments.register(routes);
        content.register(routes);
        campaigns.register(routes);
        webhooks.register(routes);
        journeys.register(routes);
        copilot.register(routes);
        classifiers.register(routes);
    }

    /** A rendered template and its model. */
    record View(String template, Object model) {}

    /** A page in the layout, for the signed-in caller that the route's access check admitted. */
    void page(Context ctx, String section, java.util.function.Function<Frame, View> body) {
        Principal who = Authenticator.principal(ctx);
        Frame frame = new Frame(
                section, NavItem.forPage(section), who.name(), who.role().wireName());
        View view = body.apply(frame);
        render(ctx, view.template(), view.model());
    }

    void render(Context ctx, String template, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        ctx.html(out.toString());
    }

    private View overview(Frame frame) {
        var months = app.analytics.revenueByMonth(Optional.empty());
        var kpis = app.analytics.kpis();
        Integer atRisk = null;
        Double next = null;
        if (kpis.orders() > 0) {
            try {
                atRisk = app.predictions.atRiskHighValue(0.5).size();
                next =
                        app
                                .predictions
                                .forecast("total", 12, 0, java.util.Map.of())
                                .getFirst()
                                .forecast()
                                .points()
                                .stream()
                                .mapToDouble(p -> p.mean())
                                .sum();
            } catch (MarketPilotException e) {
                // too little history for the models: the overview shows the sales figures alone
            }
        }
        return new View(
                "overview.jte",
                new Pages.Overview(
                        frame, kpis, Format.scriptJson(months), app.analytics.topProducts(10), atRisk, next));
    }

    private View customers(Context ctx, Frame frame) {
        String q = ctx.queryParam("q");
        var page = app.customers.list(new PageRequest(offset(ctx), PAGE_SIZE, q));
        boolean rowsOnly = ctx.path().endsWith("/rows");
        return new View(
                rowsOnly ? "customer-rows.jte" : "customers.jte", new Pages.Customers(frame, page, q == null ? "" : q));
    }

    private View customer(Context ctx, Frame frame) {
        String id = ctx.pathParam("id");
        var c = app.customers.find(id).orElseThrow(() -> MarketPilotException.notFound("Customer", id));
        var orders = app.orders.forCustomer(id);
        List<io.marketpilot.core.domain.Order> latest =
                orders.reversed().stream().limit(50).toList();
        return new View(
                "customer.jte",
                new Pages.CustomerDetail(
                        frame,
                        c,
                        app.customerAttributes.of(id),
                        app.analytics.customer(id),
                        latest,
                        app.reviews.forCustomer(id),
                        app.predictions.outlook(id).orElse(null),
                        app.predictions
                                .sendTime(id)
                                .map(t -> t.day()
                                                .getDisplayName(
                                                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                                        + "s around " + t.hour() + ":00"
                                        + app.predictions
                                                .channel(id)
                                                .map(ch -> ", by " + ch.channel())
                                                .orElse(""))
                                .orElse(null),
                        suggestionsIfReady(() -> app.recommendations.forCustomer(id, 5)),
                        app.campaigns.consent.show(id).latest(),
                        app.campaigns
                                .stores
                                .events()
                                .forCustomer(id, PageRequest.first(20))
                                .items()));
    }

    private View products(Context ctx, Frame frame) {
        String q = ctx.queryParam("q");
        var page = app.products.list(new PageRequest(offset(ctx), PAGE_SIZE, q));
        boolean rowsOnly = ctx.path().endsWith("/rows");
        return new View(
                rowsOnly ? "product-rows.jte" : "products.jte", new Pages.Products(frame, page, q == null ? "" : q));
    }

    private View product(Context ctx, Frame frame) {
        String id = ctx.pathParam("id");
        var p = app.products.find(id).orElseThrow(() -> MarketPilotException.notFound("Product", id));
        var months = app.analytics.revenueByMonth(Optional.of(id));
        return new View(
                "product.jte",
                new Pages.ProductDetail(
                        frame,
                        p,
                        Format.scriptJson(months),
                        app.reviews.forProduct(id),
                        suggestionsIfReady(() -> app.recommendations.similarProducts(id, 5))));
    }

    /**
     * Suggestions for a detail page, or none while the first recommendations model is being built (or when the shop
     * has no sales to learn from): the page has more to show than them.
     */
    private List<Pages.Suggestion> suggestionsIfReady(
            java.util.function.Supplier<List<io.marketpilot.recommend.Recommendation>> recs) {
        try {
            return suggestions(recs.get());
        } catch (MarketPilotException e) {
            return List.of();
        }
    }

    /** Recommendations with product names, for the templates. */
    List<Pages.Suggestion> suggestions(List<io.marketpilot.recommend.Recommendation> recs) {
        return recs.stream()
                .map(r -> new Pages.Suggestion(
                        r.itemId(),
                        app.products.find(r.itemId()).map(p -> p.name()).orElse(r.itemId()),
                        r.reason()))
                .toList();
    }

    private static int offset(Context ctx) {
        try {
            return Math.max(
                    0,
                    Integer.parseInt(
                            ctx.queryParamAsClass("offset", String.class).getOrDefault("0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the caller the access check admitted has {@code role}: pages show more to some roles. */
    static boolean callerHas(Context ctx, Role role) {
        return Authenticator.principal(ctx).role().includes(role);
    }
}
