package io.marketpilot.predict.clv;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;

/** A likelihood that keeps rising towards the edge of the parameter space: the data cannot place one parameter. */
public final class NoInteriorMaximumException extends MarketPilotException {
    private static final long serialVersionUID = 1L;

    NoInteriorMaximumException(String message) {
        super(ErrorCode.INVALID_INPUT, message);
    }
}
