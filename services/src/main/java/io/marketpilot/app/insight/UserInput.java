package io.marketpilot.app.insight;

import io.marketpilot.core.MarketPilotException;
import java.util.function.Supplier;

/**
 * Runs a library call on user-supplied numbers: the statistics libraries reject bad arguments with
 * IllegalArgumentException, which here becomes the clear invalid-input error users see.
 */
public final class UserInput {
    private UserInput() {}

    public static <T> T check(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw MarketPilotException.invalid(String.valueOf(e.getMessage()));
        }
    }
}
