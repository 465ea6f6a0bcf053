package io.marketpilot.benchmarks.eval;

import io.marketpilot.benchmarks.MainRunner;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.predict.sendtime.PurchaseTime;
import io.marketpilot.predict.sendtime.PurchaseTimeFile;
import io.marketpilot.predict.sendtime.PurchaseTimesCsv;
import io.marketpilot.predict.sendtime.SendTimeEvaluation;
import io.marketpilot.predict.sendtime.SendTimeEvaluationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates send-time recommendations on a time split of an orders file and prints the table.
 *
 * <p>The split defaults to the time with 80 % of the purchases before it. Layouts: see {@link PurchaseTimesCsv}.
 * {@code bin/marketpilot send-time --evaluate} runs the same evaluation from the application.
 */
public final class SendTimeEvaluationMain {
    static final int DEFAULT_WINDOW = 1;

    private SendTimeEvaluationMain() {}

    static final String USAGE = "usage: SendTimeEvaluationMain <orders.csv[.gz]> [--split=ISO date-time] [--window=1]";

    public static void main(String[] args) {
        MainRunner.run(args, USAGE, true, SendTimeEvaluationMain::run);
    }

    /** Checks the options, reads the file named by the first argument, evaluates it; the text to print. */
    static String run(String[] args) {
        LocalDateTime split = null;
        int window = DEFAULT_WINDOW;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--split=")) {
                split = splitAt(args[i].substring("--split=".length()));
            } else if (args[i].startsWith("--window=")) {
                window = window(args[i].substring("--window=".length()));
            } else {
                throw MarketPilotException.invalid(
                        "unknown argument '" + args[i] + "'; options are --split=, --window=");
            }
        }
        PurchaseTimeFile file = PurchaseTimesCsv.read(Path.of(args[0]));
        List<PurchaseTime> purchases = file.purchases();
        LocalDateTime splitAt =
                split != null ? split : SendTimeEvaluation.splitAt(purchases, SendTimeEvaluation.DEFAULT_SPLIT_SHARE);
        SendTimeEvaluationReport report = SendTimeEvaluation.evaluate(purchases, splitAt, window);
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%s (%s): %d rows, %d purchases of %d customers%s%n",
                args[0],
                file.layout(),
                file.rows(),
                purchases.size(),
                purchases.stream().map(PurchaseTime::customerId).distinct().count(),
                split == null ? "; split with 80 % of purchases before it" : ""));
        if (file.timesOfDay()) {
            out.append(report.toTable());
        } else {
            out.append("dates only, no times of day: hours cannot be evaluated, weekdays only\n");
            out.append(report.toWeekdayTable());
        }
        return out.toString();
    }

    // a bare date splits at its start
    private static LocalDateTime splitAt(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw MarketPilotException.invalid(
                    "--split must be an ISO date-time such as 2026-03-01T00:00, got '" + value + "'");
        }
    }

    private static int window(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("--window must be a whole number of hours, got '" + value + "'");
        }
    }
}
