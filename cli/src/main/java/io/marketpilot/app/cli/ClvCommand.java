package io.marketpilot.app.cli;

import io.marketpilot.app.insight.CustomerValues;
import io.marketpilot.predict.clv.ClvHorizon;
import io.marketpilot.predict.clv.HoldoutReport;
import io.marketpilot.predict.clv.HoldoutValidation;
import io.marketpilot.predict.clv.Transaction;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot clv fit|predict|evaluate}: BG/NBD + Gamma-Gamma lifetime value and churn risk. */
@Command(name = "clv", description = "Customer lifetime value and churn risk (BG/NBD + Gamma-Gamma).")
public final class ClvCommand {
    @Command(name = "fit", description = "Fit the models and print their parameters.")
    int fit(
            @Mixin OrderSource orders,
            @Option(
                            names = "--calibration-end",
                            description = "Last day of the calibration period (default: last sale)")
                    @Nullable
                    LocalDate calibrationEnd,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        var fitted = CustomerValues.fit(orders.load(), Optional.ofNullable(calibrationEnd));
        Map<String, Object> figures = CustomerValues.fitFigures(fitted);
        if (format.equals("json")) {
            Output.json(figures, System.out);
        } else {
            Output.rows(
                    figures.entrySet().stream()
                            .map(e -> {
                                Map<String, Object> row = new LinkedHashMap<>();
                                row.put("parameter", e.getKey());
                                row.put("value", e.getValue());
                                return row;
                            })
                            .toList(),
                    "table",
                    System.out);
        }
        return 0;
    }

    @Command(name = "predict", description = "Per customer: expected purchases, P(alive), expected spend and CLV.")
    int predict(
            @Mixin OrderSource orders,
            @Option(
                            names = "--calibration-end",
                            description = "Last day of the calibration period (default: last sale)")
                    @Nullable
                    LocalDate calibrationEnd,
            @Option(
                            names = "--weeks",
                            defaultValue = "52",
                            description = "Purchase horizon in weeks (default ${DEFAULT-VALUE})")
                    double weeks,
            @Option(
                            names = "--months",
                            defaultValue = "12",
                            description = "CLV horizon in months (default ${DEFAULT-VALUE})")
                    int months,
            @Option(
                            names = "--discount",
                            defaultValue = "0.01",
                            description = "Monthly discount rate (default ${DEFAULT-VALUE})")
                    double discount,
            @Option(names = "--format", defaultValue = "jsonl", description = "jsonl | csv | table | json")
                    String format) {
        var fitted = CustomerValues.fit(orders.load(), Optional.ofNullable(calibrationEnd));
        List<Map<String, Object>> rows = CustomerValues.predictionRows(fitted, new ClvHorizon(weeks, months, discount));
        Output.rows(rows, format, System.out);
        return 0;
    }

    @Command(
            name = "evaluate",
            description = "Fit on the orders up to --calibration-end and check the purchase forecasts against what"
                    + " each customer bought up to --holdout-end, beside a naive rate baseline: MAE, RMSE, weekly"
                    + " tracking and accuracy by calibration frequency.")
    int evaluate(
            @Mixin OrderSource orders,
            @Option(names = "--calibration-end", required = true, description = "Last day of the calibration period")
                    LocalDate calibrationEnd,
            @Option(names = "--holdout-end", description = "Last day of the hold-out period (default: the last sale)")
                    @Nullable
                    LocalDate holdoutEnd,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        var transactions = CustomerValues.transactions(orders.load());
        LocalDate end = holdoutEnd != null
                ? holdoutEnd
                : transactions.stream()
                        .map(Transaction::date)
                        .max(LocalDate::compareTo)
                        .orElseThrow();
        HoldoutReport report = HoldoutValidation.validate(transactions, calibrationEnd, end);
        if (format.equals("json")) {
            Output.json(CustomerValues.holdoutFigures(report), System.out);
        } else {
            System.out.print(report.toTable());
        }
        return 0;
    }
}
