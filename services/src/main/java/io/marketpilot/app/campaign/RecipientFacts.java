package io.marketpilot.app.campaign;

import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreRecommendations;
import io.marketpilot.content.compose.ProductNames;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.ProductRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what recipients' messages are filled with: address and name from the customer file, product picks from the
 * recommender, the offer from the customer-value model. The models are asked only when the content uses their merge
 * field, since building them (in a CLI process) takes a while.
 */
final class RecipientFacts {
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final StoreRecommendations recommendations;
    private final StorePredictions predictions;

    RecipientFacts(
            CustomerRepository customers,
            ProductRepository products,
            StoreRecommendations recommendations,
            StorePredictions predictions) {
        this.customers = customers;
        this.products = products;
        this.recommendations = recommendations;
        this.predictions = predictions;
    }

    /** A reader for messages written from {@code item}, with the models its merge fields need read once. */
    Batch forContent(ContentItem item) {
        String fields = item.fields();
        Optional<StoreRecommendations.Model> model =
                fields.contains("recommended_products") || fields.contains("picked_for_you")
                        ? recommendations.publication().latest()
                        : Optional.empty();
        Optional<StorePredictions.Snapshot> values =
                fields.contains("{{offer}}") ? predictions.model().latest() : Optional.empty();
        OfferByValue offers = OfferByValue.of(values.map(v -> v.outlooks().values().stream()
                        .mapToDouble(StorePredictions.CustomerOutlook::clv)
                        .toArray())
                .orElse(new double[0]));
        return new Batch(item.target().language().equals("zh"), model, values, offers);
    }

    /** The address a customer has on a channel: the e-mail address, or the customer id for SMS and webhooks. */
    static Optional<String> address(Customer customer, ChannelKind channel) {
        return RecipientAddress.of(customer, channel);
    }

    /** Facts for the recipients of one content item. */
    final class Batch {
        private final boolean chinese;
        private final Optional<StoreRecommendations.Model> model;
        private final Optional<StorePredictions.Snapshot> values;
        private final OfferByValue offers;

        private Batch(
                boolean chinese,
                Optional<StoreRecommendations.Model> model,
                Optional<StorePredictions.Snapshot> values,
                OfferByValue offers) {
            this.chinese = chinese;
            this.model = model;
            this.values = values;
            this.offers = offers;
        }

        /** The recipient, or empty when the customer is unknown or has no address on the channel (erased). */
        Optional<Recipient> recipient(String customerId, ChannelKind channel) {
            Optional<Customer> customer = customers.find(customerId);
            if (customer.isEmpty()) {
                return Optional.empty();
            }
            Customer c = customer.get();
            return address(c, channel)
                    .map(address -> new Recipient(
                            customerId,
                            address,
                            Optional.ofNullable(c.name()),
                            Optional.ofNullable(c.country()),
                            picks(customerId),
                            offers.offerFor(values.flatMap(
                                    v -> Optional.ofNullable(v.outlooks().get(customerId))
                                            .map(o -> o.clv())))));
        }

        private List<String> picks(String customerId) {
            List<String> names = new ArrayList<>();
            model.ifPresent(m -> m.served().recommend(customerId, 3).forEach(r -> products.find(r.itemId())
                    .map(this::name)
                    .filter(n -> !n.isBlank())
                    .ifPresent(names::add)));
            return names;
        }

        private String name(Product p) {
            if (chinese && p.nameZh() != null && !p.nameZh().isBlank()) {
                return p.nameZh();
            }
            return p.name() == null ? "" : ProductNames.readable(p.name());
        }
    }
}
