package io.marketpilot.app.insight;

import io.marketpilot.core.domain.Product;
import io.marketpilot.imports.OrderFile;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.eval.EvaluationOptions;
import io.marketpilot.recommend.eval.EvaluationReport;
import io.marketpilot.recommend.eval.RecommenderEvaluation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the recommenders on an orders file in any import layout (UCI Online Retail I and II, Superstore, CDNOW,
 * MarketPilot's own), read by the importer's rules and turned into interactions exactly as the store's training does
 * ({@link SalesInteractions}): the figures of {@code recommend eval --format orders} are those of the product.
 */
public final class OrderFileRecommenderEvaluation {
    private OrderFileRecommenderEvaluation() {}

    public static EvaluationReport run(Path orders, EvaluationOptions options) {
        OrderFile.Contents contents = OrderFile.read(orders);
        Interactions data = SalesInteractions.of(contents.orders(), contents.products());
        Map<String, String> texts = new LinkedHashMap<>();
        for (Product p : contents.products()) {
            if (!p.name().equals(p.id())) {
                texts.put(p.id(), p.name());
            }
        }
        return RecommenderEvaluation.run(options, data, texts.isEmpty() ? Optional.empty() : Optional.of(texts));
    }
}
