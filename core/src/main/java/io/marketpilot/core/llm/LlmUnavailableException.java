package io.marketpilot.core.llm;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The model could not answer (retries exhausted, circuit open, no model configured). Callers fall back to their
 * offline path and say so, or report the failure; they never drop the request silently.
 */
public class LlmUnavailableException extends MarketPilotException {

    public LlmUnavailableException(String provider, String message, @Nullable Throwable cause) {
        super(ErrorCode.UNAVAILABLE, message, Map.of("provider", provider), cause);
    }
}
