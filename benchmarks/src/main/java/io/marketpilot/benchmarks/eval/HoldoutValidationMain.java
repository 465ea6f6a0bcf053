package io.marketpilot.benchmarks.eval;

import io.marketpilot.benchmarks.MainRunner;
import io.marketpilot.predict.clv.HoldoutValidation;
import io.marketpilot.predict.clv.OrdersCsv;
import io.marketpilot.predict.clv.Transaction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The CLV hold-out check of docs/benchmarks.md ({@link HoldoutValidation}): fit on an orders file up to the
 * calibration end, compare the predicted repeat purchases with the actual ones up to the hold-out end, next to the
 * naive rate baseline. The defaults are CDNOW's published split.
 */
public final class HoldoutValidationMain {
    static final String USAGE =
            "usage: HoldoutValidationMain <orders.csv> [calibration-end=1997-09-30] [holdout-end=1998-06-30]";

    private HoldoutValidationMain() {}

    public static void main(String[] args) {
        MainRunner.run(args, USAGE, true, HoldoutValidationMain::run);
    }

    static String run(String[] args) {
        if (args.length > 3) {
            throw new IllegalArgumentException("too many arguments; " + USAGE);
        }
        LocalDate calibrationEnd = LocalDate.parse(args.length > 1 ? args[1] : "1997-09-30");
        LocalDate holdoutEnd = LocalDate.parse(args.length > 2 ? args[2] : "1998-06-30");
        List<Transaction> transactions = OrdersCsv.read(Path.of(args[0]));
        return HoldoutValidation.validate(transactions, calibrationEnd, holdoutEnd)
                .toTable();
    }
}
