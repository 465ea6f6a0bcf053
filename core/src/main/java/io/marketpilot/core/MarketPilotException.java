package io.marketpilot.core;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one unchecked exception family: a user-facing message, a machine-readable code and optional details
 * (row errors, field names) that the API returns as JSON and the CLI prints in one line.
 */
public class MarketPilotException extends RuntimeException {
    private final ErrorCode code;
    private final transient Object details;

    public MarketPilotException(ErrorCode code, String message) {
        this(code, message, Map.of(), null);
    }

    public MarketPilotException(ErrorCode code, String message, Object details) {
        this(code, message, details, null);
    }

    public MarketPilotException(ErrorCode code, String message, Object details, @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
        this.details = details == null ? Map.of() : details;
    }

    public ErrorCode code() {
        return code;
    }

    /** Structured details for machines: a map or a list, never null. */
    public Object details() {
        return details;
    }

    public static MarketPilotException notFound(String what, String id) {
        return new MarketPilotException(ErrorCode.NOT_FOUND, what + " '" + id + "' does not exist", Map.of("id", id));
    }

    public static MarketPilotException invalid(String message) {
        return new MarketPilotException(ErrorCode.INVALID_INPUT, message);
    }
}
