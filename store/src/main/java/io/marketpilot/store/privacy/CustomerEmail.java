package io.marketpilot.store.privacy;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A customer's e-mail address as stored, for erasure steps that must find what was sent to it or suppress it before
 * the customer row, the last place holding it, is deleted.
 */
public final class CustomerEmail {
    private CustomerEmail() {}

    /** The stored address, stripped, or empty when the customer has none (or is unknown). */
    public static Optional<String> of(Handle h, String customerId) {
        return h.createQuery("SELECT email FROM customers WHERE id = ?")
                .bind(0, customerId)
                .map((rs, ctx) -> Optional.ofNullable(rs.getString("email")))
                .findOne()
                .flatMap(email -> email)
                .map(String::strip)
                .filter(email -> !email.isEmpty());
    }
}
