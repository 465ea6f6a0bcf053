package io.marketpilot.app.cli;

import io.marketpilot.app.insight.CustomerValues;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

    @Override
    public Integer call() {
        var model = CustomerValues.sendTimes(orders.load());
        List<Map<String, Object>> rows =
                model.recommendAll().stream().map(CustomerValues::sendTimeRow).toList();
        Output.rows(rows, format, System.out);
        return 0;
    }
}
