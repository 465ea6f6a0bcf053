package io.marketpilot.core.store;

import io.marketpilot.core.domain.CustomerAttribute;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The facts a shop imported about its customers beyond the fixed fields, by name and value (see
 * {@link CustomerAttribute}); a customer's attributes are replaced as a whole, as a re-import of their row does.
 */
public interface CustomerAttributes {
    /** The customer's attributes by name, in name order; empty when they have none. */
    Map<String, String> of(String customerId);

    /**
     * Replaces every attribute of the customer with {@code attributes} (all of that customer); an empty list removes
     * them. The customer must exist.
     */
    void replace(String customerId, List<CustomerAttribute> attributes);

    /** Every customer that has attributes, with them by name, streamed in customer id order. */
    void forEach(BiConsumer<String, Map<String, String>> consumer);
}
