package io.marketpilot.profiling.persona;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A named, described segment with the messaging angles that suit it.
 *
 * @param segmentId the k-means cluster index
 * @param name unique among the personas of one segmentation run
 * @param description a short paragraph built from the segment's facts
 * @param size customers in the segment
 * @param share size / all segmented customers
 * @param revenueShare net revenue share
 * @param traits what sets the segment apart, strongest first
 * @param topCategories up to 3 categories the segment buys more than the shop as a whole (by lift)
 * @param topProducts up to 3 products, likewise, when the catalogue has no categories
 * @param angles 2–3 suggested messaging angles
 * @param typicalSentiment median review sentiment; empty when not supplied
 */
public record Persona(
        int segmentId,
        String name,
        String description,
        int size,
        double share,
        double revenueShare,
        List<Trait> traits,
        List<String> topCategories,
        List<String> topProducts,
        List<String> angles,
        OptionalDouble typicalSentiment) {

    public Persona {
        traits = List.copyOf(traits);
        topCategories = List.copyOf(topCategories);
        topProducts = List.copyOf(topProducts);
        angles = List.copyOf(angles);
    }
}
