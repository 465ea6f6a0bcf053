package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.marketpilot.app.insight.CustomerValues;
import io.marketpilot.app.insight.Forecasts;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The "Predictions" page: the CLV model and the at-risk, high-value customers, exportable as CSV. */
final class PredictionsPage {
    private final StorePredictions predictions;
    private final Dashboard dashboard;

    PredictionsPage(StorePredictions predictions, Dashboard dashboard) {
        this.predictions = predictions;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/predictions", Access.VIEWER, ctx -> dashboard.page(ctx, "Predictions", this::view));
        routes.page("/predictions/at-risk.csv", Access.VIEWER, this::csv);
    }

    private Dashboard.View view(Frame frame) {
        var snapshot = predictions.snapshot();
        return new Dashboard.View(
                "predictions.jte",
                new Pages.Predictions(
                        Format.scriptJson(Forecasts.toMap(
                                predictions.forecast("total", 12, 0, Map.of()).getFirst())),
                        frame,
                        CustomerValues.fitFigures(snapshot.clv()),
                        predictions.atRiskHighValue(0.5),
                        snapshot.outlooks().size()));
    }

    private void csv(Context ctx) {
        List<List<Object>> rows = new ArrayList<>();
        for (var o : predictions.atRiskHighValue(0.5)) {
            rows.add(List.of(
                    o.customerId(),
                    round(o.revenue(), 2),
                    o.orders(),
                    round(o.pAlive(), 4),
                    round(o.churnRisk(), 4),
                    round(o.expectedPurchases(), 3),
                    round(o.clv(), 2),
                    o.reason(),
                    round(o.daysSinceLastPurchase(), 0)));
        }
        String csv = CsvDownload.of(
                List.of(
                        "customer_id",
                        "revenue",
                        "orders",
                        "p_alive",
                        "churn_risk",
                        "expected_purchases_52w",
                        "clv_12m",
                        "reason",
                        "days_since_last_purchase"),
                rows);
        ctx.header("Content-Disposition", "attachment; filename=\"at-risk-high-value.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv);
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
