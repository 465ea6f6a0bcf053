package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.insight.CustomerValues;
import io.marketpilot.app.insight.Forecasts;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Map;

/** {@code /predictions}: lifetime value, churn risk and send time fitted on the store's orders. */
public final class PredictionsApi {
    private final StorePredictions predictions;
    private final java.util.function.Supplier<Map<String, String>> segmentNames;

    public PredictionsApi(StorePredictions predictions, java.util.function.Supplier<Map<String, String>> segmentNames) {
        this.predictions = predictions;
        this.segmentNames = segmentNames;
    }

    public void register(ApiRegistry api) {
        String tag = "Predictions";
        api.get("/predictions/clv/model", Access.VIEWER, tag, "The fitted BG/NBD and Gamma-Gamma parameters")
                .returns("ClvModel")
                .readsBuiltModel()
                .handle(ctx -> ctx.json(
                        CustomerValues.fitFigures(predictions.snapshot().clv())));
        api.get("/predictions/clv", Access.VIEWER, tag, "Customers by predicted 12-month CLV or churn risk")
                .query("sort", "string", "clv (default) or risk")
                .query("offset", "integer", "Rows to skip")
                .query("limit", "integer", "Rows, 1–500 (default 50)")
                .returns("CustomerOutlookPage")
                .readsBuiltModel()
                .handle(this::list);
        api.get(
                        "/predictions/at-risk",
                        Access.VIEWER,
                        tag,
                        "High-value customers (top quarter by revenue) likely to have lapsed: p(alive) below the"
                                + " threshold, or one purchase day and silent for longer than the shop's typical repeat"
                                + " gap (BG/NBD gives one-off buyers p(alive) 1 whatever their recency); each with why")
                .query("maxPAlive", "number", "Probability-alive threshold (default 0.5)")
                .returns("AtRiskCustomerList")
                .readsBuiltModel()
                .handle(this::atRisk);
        api.get("/predictions/forecast", Access.VIEWER, tag, "Weekly net revenue forecast with 80/95 % intervals")
                .query("by", "string", "total (default), category or segment (latest segmentation run)")
                .query("horizon", "integer", "Weeks ahead, 1–104 (default 12)")
                .query("backtest", "integer", "Rolling origins to backtest over (default 0)")
                .returns("ForecastResult")
                .readsBuiltModel()
                .handle(this::forecast);
        api.get(
                        "/predictions/send-time/{id}",
                        Access.VIEWER,
                        tag,
                        "Best weekday, hour and channel to contact a customer")
                .returns("SendTime")
                .readsBuiltModel()
                .handle(this::sendTime);
    }

    private void list(Context ctx) {
        var page = Requests.page(ctx);
        String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("clv");
        var rankings = predictions.snapshot().rankings();
        List<StorePredictions.CustomerOutlook> all =
                switch (sort) {
                    case "clv" -> rankings.byClv();
                    case "risk" -> rankings.byRisk();
                    default -> throw MarketPilotException.invalid("sort must be clv or risk");
                };
        int to = Math.min(all.size(), page.offset() + page.limit());
        List<StorePredictions.CustomerOutlook> items =
                page.offset() >= all.size() ? List.of() : all.subList(page.offset(), to);
        ctx.json(Map.of("items", items, "total", all.size(), "offset", page.offset(), "limit", page.limit()));
    }

    private void atRisk(Context ctx) {
        double max = ctx.queryParamAsClass("maxPAlive", Double.class).getOrDefault(0.5);
        if (max <= 0 || max > 1) {
            throw MarketPilotException.invalid("maxPAlive must be in (0, 1]");
        }
        ctx.json(predictions.atRiskHighValue(max));
    }

    private void forecast(Context ctx) {
        String by = ctx.queryParamAsClass("by", String.class).getOrDefault("total");
        int horizon = Requests.intParam(ctx, "horizon", 12);
        int origins = Requests.intParam(ctx, "backtest", 0);
        if (horizon < 1 || horizon > 104 || origins < 0 || origins > 104) {
            throw MarketPilotException.invalid("horizon must be 1–104 and backtest 0–104");
        }
        var results = predictions.forecast(by, horizon, origins, segmentNames.get());
        ctx.json(Map.of(
                "by",
                by,
                "horizon",
                horizon,
                "series",
                results.stream().map(Forecasts::toMap).toList()));
    }

    private void sendTime(Context ctx) {
        String id = ctx.pathParam("id");
        var rec = predictions
                .sendTime(id)
                .orElseThrow(() -> MarketPilotException.notFound("Customer with purchases", id));
        Map<String, Object> row = new java.util.LinkedHashMap<>(CustomerValues.sendTimeRow(rec));
        predictions.channel(id).ifPresent(c -> row.put("channel", c.channel()));
        ctx.json(row);
    }
}
