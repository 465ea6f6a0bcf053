package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.als.AlsParameters;
import io.marketpilot.recommend.als.AlsRecommender;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.eval.AlgorithmResult;
import io.marketpilot.recommend.eval.Evaluator;
import io.marketpilot.recommend.eval.Split;
import io.marketpilot.recommend.eval.SplitMethod;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import io.marketpilot.recommend.popularity.PopularityRecommender;
import io.marketpilot.recommend.rules.BusinessRuleFilter;
import io.marketpilot.recommend.rules.BusinessRules;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Recommenders trained on the store's sales: implicit ALS for customers (bought and returned items and out-of-stock
 * products excluded, diversified by MMR), item-kNN for "bought together" similar products. Retrained when the
 * orders change, or on demand; each training is evaluated on a temporal hold-out and versioned in memory.
 */
public final class StoreRecommendations {
    static final int K = 10;
    static final long SEED = 42;

    /** One training: the models, the rules and how they scored. */
    public record Model(
            int version,
            LocalDateTime trainedAt,
            String stamp,
            AlsRecommender als,
            ItemKnnRecommender itemKnn,
            BusinessRuleFilter served,
            List<AlgorithmResult> evaluation,
            int customers,
            int products,
            int interactions) {}

    private final OrderRepository orders;
    private final ProductRepository products;
    private final Clock clock;
    private final AtomicReference<Model> current = new AtomicReference<>();

    public StoreRecommendations(OrderRepository orders, ProductRepository products, Clock clock) {
        this.orders = orders;
        this.products = products;
        this.clock = clock;
    }

    /** The current model, trained first when the orders changed since the last training. */
    public Model model() {
        OrderHistory history = OrderHistory.load(orders);
        List<Order> all = history.orders();
        String stamp = history.stamp();
        Model m = current.get();
        return m != null && m.stamp().equals(stamp) ? m : train(all, stamp);
    }

    /** Trains anew even when nothing changed (e.g. {@code marketpilot recommend train}). */
    public synchronized Model retrain() {
        OrderHistory history = OrderHistory.load(orders);
        List<Order> all = history.orders();
        String stamp = history.stamp();
        return train(all, stamp);
    }

    public List<Recommendation> forCustomer(String customerId, int k) {
        return model().served().recommend(customerId, k);
    }

    public List<Recommendation> similarProducts(String productId, int k) {
        return model().itemKnn().similarItems(productId, k);
    }

    private synchronized Model train(List<Order> all, String stamp) {
        Model existing = current.get();
        if (existing != null && existing.stamp().equals(stamp)) {
            return existing;
        }
        Interactions data = interactions(all);
        if (data.size() == 0) {
            throw io.marketpilot.core.MarketPilotException.invalid(
                    "No sales of known customers to learn recommendations from");
        }
        List<AlgorithmResult> evaluation = evaluate(data);
        AlsRecommender als = new AlsRecommender(AlsParameters.defaults().withSeed(SEED));
        als.fit(data);
        ItemKnnRecommender knn = new ItemKnnRecommender(ItemKnnParameters.defaults());
        knn.fit(data);
        BusinessRules rules = BusinessRules.standard()
                .withReturns(returns(all))
                .withStock(stock())
                .withDiversity(BusinessRules.SUGGESTED_DIVERSITY);
        Model m = new Model(
                existing == null ? 1 : existing.version() + 1,
                LocalDateTime.now(clock),
                stamp,
                als,
                knn,
                new BusinessRuleFilter(als, rules, Optional.of(knn)),
                evaluation,
                data.users().size(),
                data.items().size(),
                data.size());
        current.set(m);
        return m;
    }

    /** Popularity, item-kNN and ALS on each customer's latest 20 % of purchases, as the evaluation of this training. */
    private static List<AlgorithmResult> evaluate(Interactions data) {
        Split split = SplitMethod.byLabel("temporal").apply(data, 0.2, SEED);
        List<Recommender> candidates = List.of(
                new PopularityRecommender(),
                new ItemKnnRecommender(ItemKnnParameters.defaults()),
                new AlsRecommender(AlsParameters.defaults().withSeed(SEED)));
        List<AlgorithmResult> results = new ArrayList<>();
        for (Recommender r : candidates) {
            results.add(Evaluator.evaluate(r, split, K));
        }
        return results;
    }

    /** One interaction per sold line of a known customer and product, weighted by quantity. */
    static Interactions interactions(List<Order> all) {
        var builder = Interactions.builder();
        for (Order o : all) {
            if (o.kind() != OrderKind.SALE || o.customerId() == null) {
                continue;
            }
            long t = o.orderedAt().toEpochSecond(ZoneOffset.UTC);
            for (OrderLine l : o.lines()) {
                if (l.productId() != null && l.quantity() > 0) {
                    builder.add(o.customerId(), l.productId(), l.quantity(), t);
                }
            }
        }
        return builder.build();
    }

    private static Map<String, Set<String>> returns(List<Order> all) {
        Map<String, Set<String>> returned = new HashMap<>();
        for (Order o : all) {
            if (o.kind() == OrderKind.RETURN && o.customerId() != null) {
                for (OrderLine l : o.lines()) {
                    if (l.productId() != null) {
                        returned.computeIfAbsent(o.customerId(), c -> new HashSet<>())
                                .add(l.productId());
                    }
                }
            }
        }
        return returned;
    }

    /** Stock where the catalogue knows it; products without a stock figure are treated as available. */
    private Map<String, Integer> stock() {
        Map<String, Integer> stock = new HashMap<>();
        for (Product p : products.all()) {
            stock.put(p.id(), p.stock() == null ? Integer.MAX_VALUE : p.stock());
        }
        return stock;
    }
}
