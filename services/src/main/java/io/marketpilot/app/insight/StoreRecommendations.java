package io.marketpilot.app.insight;

import io.marketpilot.app.jobs.ModelJobs;
import io.marketpilot.app.jobs.Published;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.core.store.RecommenderVersions;
import io.marketpilot.recommend.Recommendation;
import io.marketpilot.recommend.Recommender;
import io.marketpilot.recommend.content.CatalogueEmbedding;
import io.marketpilot.recommend.content.ContentRecommender;
import io.marketpilot.recommend.content.ItemVectors;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.eval.AlgorithmResult;
import io.marketpilot.recommend.itemknn.ItemKnnParameters;
import io.marketpilot.recommend.itemknn.ItemKnnRecommender;
import io.marketpilot.recommend.rules.BusinessRuleFilter;
import io.marketpilot.recommend.rules.BusinessRules;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.LanguageDetector;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Recommenders trained on the store's sales. Every training evaluates the candidates (popularity, item-kNN, ALS,
 * content-based and the hybrid) on each customer's latest 20 % of purchases and serves the one with the best
 * NDCG@10, behind the business rules (bought and returned items and out-of-stock products excluded, MMR
 * diversity); similar products come from item-kNN ("bought together"), completed by description similarity for
 * products with few or no sales. Each training is stored as a numbered version with its evaluation.
 */
public final class StoreRecommendations {
    static final int K = 10;
    static final long SEED = 42;

    /** One training: the served model, the similar-products models and how every candidate scored. */
    public record Model(
            int version,
            LocalDateTime trainedAt,
            String stamp,
            Recommender servedModel,
            ItemKnnRecommender itemKnn,
            Optional<ContentRecommender> content,
            BusinessRuleFilter served,
            List<AlgorithmResult> evaluation,
            int customers,
            int products,
            int interactions) {

        /** What answers requests, in words, for the API and the dashboard. */
        public String servedDescription() {
            return servedModel.name() + " (" + servedModel.parameters() + "), best hold-out NDCG@" + K
                    + "; similar products: item-kNN, then description similarity; MMR diversity "
                    + BusinessRules.SUGGESTED_DIVERSITY;
        }
    }

    private final RecommenderVersions versions;
    private final Supplier<BilingualEmbedder> embedder;
    private final Clock clock;
    private final Published<Model> published;
    private final AtomicReference<CachedVectors> vectors = new AtomicReference<>();

    private record CachedVectors(Map<String, String> texts, ItemVectors vectors) {}

    public StoreRecommendations(
            OrderRepository orders,
            ProductRepository products,
            RecommenderVersions versions,
            Supplier<BilingualEmbedder> embedder,
            ModelJobs jobs,
            Clock clock) {
        this.versions = versions;
        this.embedder = embedder;
        this.clock = clock;
        this.published = Published.of(
                "recommendations",
                () -> OrderHistory.stamp(orders.changeStamp(), products.all()),
                () -> train(OrderHistory.load(orders), products.all()),
                jobs,
                clock);
    }

    /** The latest training (on the server; a CLI process trains when the orders or the catalogue changed). */
    public Model model() {
        return published.get();
    }

    /** The model's publication: its status, and explicit retraining. */
    public Published<Model> publication() {
        return published;
    }

    /** Trains anew even when nothing changed (e.g. {@code marketpilot recommend train}) and waits for it. */
    public Model retrain() {
        return Published.await(published.rebuild("asked to retrain"));
    }

    public List<Recommendation> forCustomer(String customerId, int k) {
        return model().served().recommend(customerId, k);
    }

    /** Products bought together with this one, completed by products whose description is similar. */
    public List<Recommendation> similarProducts(String productId, int k) {
        Model m = model();
        List<Recommendation> out = new ArrayList<>(m.itemKnn().similarItems(productId, k));
        if (out.size() < k && m.content().isPresent()) {
            Set<String> taken = new LinkedHashSet<>();
            out.forEach(r -> taken.add(r.itemId()));
            for (Recommendation r : m.content().get().similarItems(productId, k)) {
                if (out.size() < k && taken.add(r.itemId())) {
                    out.add(r);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The stored trainings, newest first. */
    public List<RecommenderVersions.Version> history(int limit) {
        return versions.recent(limit);
    }

    private Model train(OrderHistory history, List<Product> catalogue) {
        String stamp = OrderHistory.stamp(history.stamp(), catalogue);
        List<Order> all = history.orders();
        Interactions data = SalesInteractions.of(all, catalogue);
        if (data.size() == 0) {
            throw MarketPilotException.invalid("No sales of known customers to learn recommendations from");
        }
        Optional<ItemVectors> itemVectors = itemVectors(catalogue);
        RecommenderCandidates candidates = new RecommenderCandidates(itemVectors, SEED);
        List<AlgorithmResult> evaluation = candidates.evaluate(data, K);
        Recommender best = candidates.create(RecommenderCandidates.best(evaluation));
        best.fit(data);
        ItemKnnRecommender knn = new ItemKnnRecommender(ItemKnnParameters.defaults());
        knn.fit(data);
        Optional<ContentRecommender> content = itemVectors.map(ContentRecommender::new);
        content.ifPresent(c -> c.fit(data));
        BusinessRules rules = BusinessRules.standard()
                .withReturns(SalesInteractions.returns(all))
                .withStock(SalesInteractions.stock(catalogue))
                .withDiversity(BusinessRules.SUGGESTED_DIVERSITY);
        Model m = new Model(
                versions.nextVersion(),
                LocalDateTime.now(clock),
                stamp,
                best,
                knn,
                content,
                new BusinessRuleFilter(best, rules, Optional.of(knn)),
                evaluation,
                data.users().size(),
                data.items().size(),
                data.size());
        versions.save(new RecommenderVersions.Version(
                m.version(),
                m.trainedAt(),
                m.stamp(),
                best.name(),
                best.parameters(),
                m.customers(),
                m.products(),
                m.interactions(),
                scores(evaluation)));
        return m;
    }

    /** Description embeddings of the catalogue, recomputed only when a product text changed. */
    private Optional<ItemVectors> itemVectors(List<Product> catalogue) {
        Map<String, String> texts = SalesInteractions.texts(catalogue);
        if (texts.values().stream().allMatch(String::isBlank)) {
            return Optional.empty();
        }
        CachedVectors cached = vectors.get();
        if (cached == null || !cached.texts().equals(texts)) {
            cached = new CachedVectors(texts, CatalogueEmbedding.embed(embedder.get(), new LanguageDetector(), texts));
            vectors.set(cached);
        }
        return Optional.of(cached.vectors());
    }

    private static List<RecommenderVersions.CandidateScore> scores(List<AlgorithmResult> evaluation) {
        return evaluation.stream()
                .map(r -> new RecommenderVersions.CandidateScore(
                        r.algorithm(),
                        r.parameters(),
                        r.precision(),
                        r.recall(),
                        r.ndcg(),
                        r.map(),
                        r.coverage(),
                        r.trainSeconds()))
                .toList();
    }
}
