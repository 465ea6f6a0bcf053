package io.marketpilot.app.demo;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.Review;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Attaches reviews to purchases of the sample shop: English ones are the UCI "Sentiment Labelled Sentences"
 * Amazon reviews (CC BY 4.0), matched to a product family by the words they use; Chinese-speaking customers write
 * generated Chinese reviews. Ratings follow each sentence's human label (1 → 4–5 stars, 0 → 1–2 stars).
 */
final class DemoReviews {
    /** One labelled English sentence. */
    record Sentence(String text, boolean positive) {}

    private static final Map<String, List<String>> TOPICS = Map.of(
            "EAR", List.of("earpiece", "ear", "bluetooth", "sound", "headset"),
            "HDS", List.of("headset", "sound", "volume", "music"),
            "CHG", List.of("charger", "charging", "charge"),
            "PWR", List.of("battery", "charge", "power"),
            "CAS", List.of("case", "holster", "clip", "leather"),
            "SCR", List.of("screen", "display", "scratch"),
            "CAB", List.of("cable", "cord", "usb", "plug"));

    private DemoReviews() {}

    static List<Sentence> readUci(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                out.add(new Sentence(
                        line.substring(0, tab).strip(),
                        line.substring(tab + 1).strip().equals("1")));
            }
        }
        return out;
    }

    static List<Review> attach(DemoShop shop, List<Sentence> english, long seed, int chineseCount) {
        Random random = new Random(seed);
        Map<String, Deque<Sentence>> byFamily = new HashMap<>();
        Deque<Sentence> general = new java.util.ArrayDeque<>();
        for (Sentence s : english) {
            familyOf(s.text())
                    .map(family -> byFamily.computeIfAbsent(family, f -> new java.util.ArrayDeque<>()))
                    .orElse(general)
                    .add(s);
        }
        List<Order> sales =
                shop.orders.stream().filter(o -> o.kind() == OrderKind.SALE).toList();
        List<Review> reviews = new ArrayList<>();
        ChineseReviewWriter chinese = new ChineseReviewWriter(random);
        int chineseWritten = 0;
        int guard = 0;
        while ((hasAny(byFamily) || !general.isEmpty() || chineseWritten < chineseCount) && guard++ < 200_000) {
            Order o = sales.get(random.nextInt(sales.size()));
            String productId = o.lines().get(random.nextInt(o.lines().size())).productId();
            var at = o.orderedAt().plusDays(3 + random.nextInt(18)).withSecond(0);
            String id = String.format(Locale.ROOT, "RV%05d", reviews.size() + 1);
            if (shop.chineseSpeaking(o.customerId())) {
                if (chineseWritten < chineseCount) {
                    boolean positive = random.nextDouble() < 0.7;
                    reviews.add(new Review(
                            id,
                            o.customerId(),
                            productId,
                            chinese.write(positive),
                            rating(random, positive),
                            "review",
                            "zh",
                            at));
                    chineseWritten++;
                }
                continue;
            }
            Deque<Sentence> pool =
                    productId == null ? general : byFamily.getOrDefault(DemoCatalog.family(productId), general);
            Sentence s = pool.isEmpty() ? general.poll() : pool.poll();
            if (s != null) {
                reviews.add(new Review(
                        id, o.customerId(), productId, s.text(), rating(random, s.positive()), "review", "en", at));
            }
        }
        return reviews;
    }

    private static boolean hasAny(Map<String, Deque<Sentence>> byFamily) {
        return byFamily.values().stream().anyMatch(d -> !d.isEmpty());
    }

    private static int rating(Random random, boolean positive) {
        return positive ? 4 + random.nextInt(2) : 1 + random.nextInt(2);
    }

    /** The product family whose words the text uses, the first by family code; empty when it uses none. */
    private static Optional<String> familyOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (var e :
                TOPICS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            if (e.getValue().stream().anyMatch(lower::contains)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
