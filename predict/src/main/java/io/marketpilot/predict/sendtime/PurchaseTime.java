package io.marketpilot.predict.sendtime;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDateTime;

/** When one customer bought, in the customer's local time: the evidence for when they read and act on messages. */
public record PurchaseTime(String customerId, LocalDateTime localTime) {
    public PurchaseTime {
        if (customerId == null || customerId.isBlank()) {
            throw MarketPilotException.invalid("purchase time needs a customer id");
        }
        if (localTime == null) {
            throw MarketPilotException.invalid("purchase time of customer '" + customerId + "' needs a time");
        }
    }
}
