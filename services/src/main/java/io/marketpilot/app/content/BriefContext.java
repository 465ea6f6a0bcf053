package io.marketpilot.app.content;

import io.marketpilot.app.insight.StoreRecommendations;
import io.marketpilot.app.insight.StoreSegments;
import java.util.Map;
import java.util.Optional;

/**
 * What briefs read besides the customer and product, taken once: the latest segmentation run with each member's
 * segment, and the recommendation model. One context serves every customer of a per-customer run, so ten
 * thousand briefs do not reload the run and the order history ten thousand times.
 */
public record BriefContext(
        Optional<StoreSegments.StoredRun> run,
        Map<String, Integer> segmentOf,
        Optional<StoreRecommendations.Model> recommendations) {}
