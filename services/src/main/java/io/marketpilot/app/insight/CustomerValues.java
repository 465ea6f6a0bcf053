package io.marketpilot.app.insight;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.predict.clv.ClvHorizon;
import io.marketpilot.predict.clv.ClvModel;
import io.marketpilot.predict.clv.CustomerValue;
import io.marketpilot.predict.clv.HoldoutReport;
import io.marketpilot.predict.clv.RfmSummaries;
import io.marketpilot.predict.clv.RfmSummarizer;
import io.marketpilot.predict.clv.Transaction;
import io.marketpilot.predict.sendtime.PurchaseTime;
import io.marketpilot.predict.sendtime.SendTimeModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns orders into the inputs of the predictive models and their results into rows: one transaction per sale of a
 * known customer (anonymous sales, returns and adjustments carry no repeat-buying signal).
 */
public final class CustomerValues {
    private CustomerValues() {}

    public static List<Transaction> transactions(List<Order> orders) {
        List<Transaction> out = new ArrayList<>();
        for (Order o : orders) {
            // the value of the goods: postage, fees and vouchers are not spend on the shop's products, and an order of
            // nothing but those (or of free items only) is no purchase
            if (o.kind() == OrderKind.SALE && o.customerId() != null && o.merchandiseTotal() > 0) {
                out.add(new Transaction(o.customerId(), o.orderedAt().toLocalDate(), o.merchandiseTotal()));
            }
        }
        if (out.isEmpty()) {
            throw MarketPilotException.invalid("No sales of known customers to learn from");
        }
        return out;
    }

    /** The calibration end: the given date, else the day of the last sale. */
    public static LocalDate calibrationEnd(List<Transaction> transactions, Optional<LocalDate> given) {
        return given.orElseGet(() -> transactions.stream()
                .map(Transaction::date)
                .max(LocalDate::compareTo)
                .orElseThrow());
    }

    /** The fitted model with the summaries it was fitted on. */
    public record Fitted(ClvModel model, RfmSummaries summaries) {}

    public static Fitted fit(List<Order> orders, Optional<LocalDate> calibrationEnd) {
        List<Transaction> tx = transactions(orders);
        RfmSummaries summaries = RfmSummarizer.summarize(tx, calibrationEnd(tx, calibrationEnd));
        return new Fitted(ClvModel.fit(summaries), summaries);
    }

    /** The fit as the JSON keys of {@code marketpilot clv fit --format json}. */
    public static Map<String, Object> fitFigures(Fitted f) {
        var bg = f.model().purchases();
        var gg = f.model().spend();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("r", bg.parameters().r());
        m.put("alpha", bg.parameters().alpha());
        m.put("a", bg.parameters().a());
        m.put("b", bg.parameters().b());
        m.put("log_likelihood", bg.logLikelihood());
        m.put("estimation", bg.estimation());
        m.put("p", gg.parameters().p());
        m.put("q", gg.parameters().q());
        m.put("gamma", gg.parameters().gamma());
        m.put("gamma_gamma_log_likelihood", gg.logLikelihood());
        m.put("customers", bg.customers());
        m.put("repeat_customers", gg.customers());
        m.put("calibration_end", f.model().calibrationEnd().toString());
        m.put("future_transactions_excluded", f.model().futureTransactionsExcluded());
        return m;
    }

    /** The hold-out check as JSON-ready figures: the fitted parameters, then model and naive errors side by side. */
    public static Map<String, Object> holdoutFigures(HoldoutReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calibration_end", report.model().calibrationEnd().toString());
        m.put("holdout_end", report.holdoutEnd().toString());
        m.put("customers", report.accuracy().customers());
        m.put("actual_holdout_purchases", report.accuracy().actualTotal());
        m.put("model", report.accuracy().model());
        m.put("naive", report.accuracy().naive());
        m.put("by_frequency", report.byFrequency());
        m.put("tracking", report.tracking());
        m.put("new_customer_transactions_ignored", report.newCustomerTransactionsIgnored());
        return m;
    }

    public static List<Map<String, Object>> predictionRows(Fitted f, ClvHorizon horizon) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CustomerValue v : f.model().predict(f.summaries().customers(), horizon)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("customer_id", v.customerId());
            row.put("expected_purchases", v.expectedPurchases());
            row.put("p_alive", v.pAlive());
            row.put("expected_spend", v.expectedSpend());
            row.put("clv", v.clv());
            rows.add(row);
        }
        return rows;
    }

    public static SendTimeModel sendTimes(List<Order> orders) {
        return SendTimeModel.fit(purchaseTimes(orders));
    }

    /** When known customers bought: one time per sale. */
    public static List<PurchaseTime> purchaseTimes(List<Order> orders) {
        List<PurchaseTime> times = new ArrayList<>();
        for (Order o : orders) {
            if (o.kind() == OrderKind.SALE && o.customerId() != null) {
                times.add(new PurchaseTime(o.customerId(), o.orderedAt()));
            }
        }
        if (times.isEmpty()) {
            throw MarketPilotException.invalid("No sales of known customers to learn send times from");
        }
        return times;
    }

    /** A send-time recommendation as the row of {@code marketpilot send-time}. */
    public static Map<String, Object> sendTimeRow(io.marketpilot.predict.sendtime.SendTimeRecommendation r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customer_id", r.customerId());
        row.put("weekday", r.day().name().toLowerCase(java.util.Locale.ROOT));
        row.put("hour", r.hour());
        row.put("weekday_share", r.dayShare());
        row.put("hour_share", r.hourShare());
        row.put("purchases", r.purchases());
        return row;
    }
}
