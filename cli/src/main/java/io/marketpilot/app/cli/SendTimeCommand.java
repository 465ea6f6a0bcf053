package io.marketpilot.app.cli;

import io.marketpilot.app.insight.CustomerValues;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot send-time}: the best weekday and hour to contact each customer. */
@Command(
        name = "send-time",
        description = "Best weekday and hour per customer, shrunk towards everyone's pattern when history is thin.")
public final class SendTimeCommand implements Callable<Integer> {
    @Mixin
    OrderSource orders;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl | csv | table | json")
    String format;

    @Option(
            names = "--evaluate",
            description = "Instead: fit before a split and report how often each customer's next"
                    + " purchase falls in their window, against one global window and chance")
    boolean evaluate;

    @Option(
            names = "--split",
            description = "With --evaluate: split time (default: when 80 %% of purchases lie before)")
    @Nullable
    LocalDateTime split;

    @Option(
            names = "--window",
            defaultValue = "1",
            description = "With --evaluate: ± hours around the hour (default ${DEFAULT-VALUE})")
    int window;

    @Override
    public Integer call() {
        if (evaluate) {
            var purchases = CustomerValues.purchaseTimes(orders.load());
            var at = split != null
                    ? split
                    : io.marketpilot.predict.sendtime.SendTimeEvaluation.splitAt(
                            purchases, io.marketpilot.predict.sendtime.SendTimeEvaluation.DEFAULT_SPLIT_SHARE);
            var report = io.marketpilot.app.insight.UserInput.check(
                    () -> io.marketpilot.predict.sendtime.SendTimeEvaluation.evaluate(purchases, at, window));
            System.out.println(report.toTable());
            return 0;
        }
        var model = CustomerValues.sendTimes(orders.load());
        List<Map<String, Object>> rows =
                model.recommendAll().stream().map(CustomerValues::sendTimeRow).toList();
        Output.rows(rows, format, System.out);
        return 0;
    }
}
