package io.marketpilot.copilot.tools;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;

/**
 * A model asked for a tool that does not exist, or with arguments that do not fit it. The message says what to
 * correct; the planner sends it back to the model as the call's result.
 */
public final class ToolArgumentException extends MarketPilotException {
    public ToolArgumentException(String message) {
        super(ErrorCode.INVALID_INPUT, message);
    }
}
