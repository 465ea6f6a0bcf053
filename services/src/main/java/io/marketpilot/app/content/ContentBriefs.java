package io.marketpilot.app.content;

import io.marketpilot.app.insight.StoreRecommendations;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.content.brief.Audience;
import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.brief.CustomerFacts;
import io.marketpilot.content.brief.ProductFacts;
import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a request into a brief from the store: the segment's persona from the latest segmentation run, one
 * customer's facts (orders, favourite category, recent purchases, "picked for you" recommendations), the
 * product in the requested language and the brand voice.
 */
final class ContentBriefs {
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final OrderRepository orders;
    private final StoreSegments segments;
    private final StoreRecommendations recommendations;

    ContentBriefs(
            CustomerRepository customers,
            ProductRepository products,
            OrderRepository orders,
            StoreSegments segments,
            StoreRecommendations recommendations) {
        this.customers = customers;
        this.products = products;
        this.orders = orders;
        this.segments = segments;
        this.recommendations = recommendations;
    }

    /** The latest run, its members' segments and the recommendation model, read once. */
    BriefContext context() {
        var run = segments.latest();
        Map<String, Integer> segmentOf = new java.util.HashMap<>();
        run.ifPresent(r -> segments.members(r.run().id()).forEach(m -> segmentOf.put(m.customerId(), m.segment())));
        Optional<StoreRecommendations.Model> model;
        try {
            model = Optional.of(recommendations.model());
        } catch (MarketPilotException e) {
            // no sales to learn from yet: copy simply has no "picked for you" line
            model = Optional.empty();
        }
        return new BriefContext(run, segmentOf, model);
    }

    ContentBrief brief(GenerateRequest r, BrandVoice voice) {
        return brief(r, voice, context());
    }

    ContentBrief brief(GenerateRequest r, BrandVoice voice, BriefContext context) {
        Channel channel = Channel.parse(r.channel());
        SocialNetwork network = SocialNetwork.parse(r.network());
        Optional<Audience> audience = Optional.empty();
        Optional<CustomerFacts> customer = Optional.empty();
        if (r.segment() != null) {
            audience = Optional.of(audience(r.segment(), context));
        } else if (r.customer() != null) {
            String customerId = r.customer();
            Customer c =
                    customers.find(customerId).orElseThrow(() -> MarketPilotException.notFound("Customer", customerId));
            customer = Optional.of(facts(c, r.language(), context));
            audience = customerSegment(c.id(), context);
        } else if (channel != Channel.PRODUCT) {
            throw MarketPilotException.invalid("Give --segment or --customer (only product descriptions need neither)");
        }
        Optional<ProductFacts> product = Optional.empty();
        if (r.product() != null) {
            String productId = r.product();
            Product p = products.find(productId).orElseThrow(() -> MarketPilotException.notFound("Product", productId));
            product = Optional.of(product(p, r.language()));
        } else if (channel == Channel.PRODUCT) {
            throw MarketPilotException.invalid("A product description needs --product");
        }
        return new ContentBrief(
                channel,
                network,
                r.language(),
                audience,
                customer,
                product,
                Objects.requireNonNullElse(r.goal(), ""), // the brief reads a blank goal or tone as none given
                Objects.requireNonNullElse(r.tone(), ""),
                r.keywords(),
                voice,
                r.variants(),
                r.seed());
    }

    /** The persona of a segment of the latest run, by number or by name. */
    Audience audience(String segment, BriefContext context) {
        var run = context.run()
                .orElseThrow(() -> MarketPilotException.invalid(
                        "There is no segmentation yet: run 'marketpilot segment' (or POST /segments/runs) first"));
        List<Map<String, Object>> all = run.segments();
        for (Map<String, Object> s : all) {
            String name = String.valueOf(s.get("name"));
            if (String.valueOf(s.get("segment")).equals(segment) || name.equalsIgnoreCase(segment)) {
                return audience(s);
            }
        }
        throw MarketPilotException.notFound("Segment", segment);
    }

    /** Customer ids of a segment (by number or name) in the latest run. */
    List<String> members(String segment, BriefContext context) {
        var run = context.run().orElseThrow(() -> MarketPilotException.invalid("There is no segmentation yet"));
        String name = audience(segment, context).segment();
        int index = -1;
        for (Map<String, Object> s : run.segments()) {
            if (String.valueOf(s.get("name")).equals(name)) {
                index = StoreSegments.StoredRun.segmentNumber(s);
            }
        }
        int wanted = index;
        return context.segmentOf().entrySet().stream()
                .filter(e -> e.getValue() == wanted)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** One member's merge-field values: first name and recommendations. */
    io.marketpilot.content.scale.MergeFields.Recipient recipient(
            String customerId, String language, BriefContext context) {
        Optional<String> firstName = customers
                .find(customerId)
                .map(Customer::name)
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .map(n -> n.split("\\s+")[0]);
        return new io.marketpilot.content.scale.MergeFields.Recipient(
                customerId, firstName, picks(customerId, language, context));
    }

    /** The customer's segment in the latest run, when they are in it. */
    Optional<Audience> customerSegment(String customerId, BriefContext context) {
        return context.run()
                .flatMap(run -> Optional.ofNullable(context.segmentOf().get(customerId))
                        .map(segment -> audience(run.segments().get(segment))));
    }

    /** Names of the products recommended for a customer ("picked for you"), up to three. */
    List<String> picks(String customerId, String language, BriefContext context) {
        List<String> picks = new ArrayList<>();
        context.recommendations()
                .ifPresent(model -> model.served().recommend(customerId, 3).forEach(rec -> products.find(rec.itemId())
                        .ifPresent(p -> picks.add(name(p, language)))));
        return picks;
    }

    @SuppressWarnings("unchecked") // a segment of the stored summary is JSON: its angles and categories are texts
    private static Audience audience(Map<String, Object> s) {
        List<String> traits = new ArrayList<>();
        for (Object t : (List<Object>) s.getOrDefault("traits", List.of())) {
            traits.add(t instanceof Map<?, ?> m ? String.valueOf(m.get("text")) : String.valueOf(t));
        }
        return new Audience(
                String.valueOf(s.get("name")),
                String.valueOf(s.getOrDefault("description", "")),
                traits,
                (List<String>) s.getOrDefault("angles", List.of()),
                (List<String>) s.getOrDefault("topCategories", List.of()));
    }

    CustomerFacts facts(Customer c, String language, BriefContext context) {
        List<Order> sales = orders.forCustomer(c.id()).stream()
                .filter(o -> o.kind() == OrderKind.SALE)
                .toList();
        List<String> facts = new ArrayList<>();
        if (!sales.isEmpty()) {
            facts.add(sales.size() + (sales.size() == 1 ? " order" : " orders") + " so far");
            Order last = sales.getLast();
            facts.add("last order on " + last.orderedAt().toLocalDate());
            if (sales.size() > 1) {
                long days =
                        ChronoUnit.DAYS.between(sales.getFirst().orderedAt(), last.orderedAt()) / (sales.size() - 1);
                facts.add("orders about every " + days + " days");
            }
        }
        Set<String> recent = new LinkedHashSet<>();
        for (Order o : sales.reversed()) {
            for (OrderLine l : o.lines()) {
                if (l.productId() != null && recent.size() < 2) {
                    products.find(l.productId()).ifPresent(p -> recent.add(name(p, language)));
                }
            }
        }
        List<String> picks = picks(c.id(), language, context);
        Optional<String> firstName = Optional.ofNullable(c.name())
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .map(n -> n.split("\\s+")[0]);
        return new CustomerFacts(c.id(), firstName, facts, List.copyOf(recent), picks);
    }

    /** The product's name in the language, as a keyword to cover; empty when the product is gone. */
    List<String> productName(String productId, String language) {
        return products.find(productId).map(p -> List.of(name(p, language))).orElse(List.of());
    }

    static ProductFacts product(Product p, String language) {
        boolean zh = language.toLowerCase(Locale.ROOT).equals("zh");
        return new ProductFacts(
                p.id(),
                name(p, language),
                Objects.requireNonNullElse(p.category(), ""),
                Objects.requireNonNullElse(zh && p.descriptionZh() != null ? p.descriptionZh() : p.description(), ""),
                Optional.ofNullable(p.price()));
    }

    static String name(Product p, String language) {
        return language.equals("zh") && p.nameZh() != null && !p.nameZh().isBlank() ? p.nameZh() : p.name();
    }
}
