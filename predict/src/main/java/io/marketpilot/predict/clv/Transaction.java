package io.marketpilot.predict.clv;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;

/** One purchase by one customer on one day, the raw input of customer-base analysis. */
public record Transaction(String customerId, LocalDate date, double amount) {
    public Transaction {
        if (customerId == null || customerId.isBlank()) {
            throw MarketPilotException.invalid("transaction needs a customer id");
        }
        if (date == null) {
            throw MarketPilotException.invalid("transaction of customer '" + customerId + "' needs a date");
        }
        // returns and refunds are not purchases; a negative amount would also break log(spend) in Gamma-Gamma
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw MarketPilotException.invalid(
                    "transaction of customer '" + customerId + "' on " + date + " has invalid amount " + amount);
        }
    }
}
