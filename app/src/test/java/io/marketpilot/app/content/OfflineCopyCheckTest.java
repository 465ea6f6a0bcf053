package io.marketpilot.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.content.brief.Audience;
import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.brief.CustomerFacts;
import io.marketpilot.content.brief.PersonaKind;
import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.CopyRules;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.content.compose.OfflineComposer;
import io.marketpilot.content.guard.CopyChecker;
import io.marketpilot.content.guard.CopyIssue;
import io.marketpilot.content.guard.ExclusionaryWording;
import io.marketpilot.content.guard.Finding;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.core.domain.Product;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The offline composer's copy, over every channel and language, for three real shop shapes: the sample shop (the
 * demo's generated catalogue), Superstore-like category paths and product names, and UCI Online Retail's ALL-CAPS
 * descriptions without categories. For each shop, channel and language, 100 seeds for every persona (and a
 * customer with recent purchases and picks); the copy checker and the exclusionary-wording list must find nothing in any of them.
 */
class OfflineCopyCheckTest {
    static final int SEEDS = 100;
    /** The names profiling's persona writer (rule-based-personas/2) gave on the real files and the sample shop. */
    static final List<String> PERSONAS = List.of(
            "High-value loyalists",
            "Holiday high-value loyalists",
            "At-risk repeat buyers",
            "At-risk occasional buyers",
            "Lapsed one-off buyers",
            "Lapsed gift shoppers",
            "New gift shoppers",
            "New customers",
            "Repeat buyers",
            "Bargain hunters",
            "Frequent returners",
            "Active browsers",
            "All customers");

    static final List<String> TONES = List.of("friendly", "formal", "playful", "urgent");
    static final List<SocialNetwork> NETWORKS = List.of(SocialNetwork.values());

    static final OfflineComposer COMPOSER = new OfflineComposer();
    static final CopyChecker CHECKER = new CopyChecker();
    static List<Shop> shops;

    /** A shop's catalogue as the store holds it after import. */
    record Shop(String name, List<Product> products) {}

    @BeforeAll
    static void loadShops() throws IOException {
        shops = List.of(
                new Shop("sample shop", read("/demo/products.csv.gz", OfflineCopyCheckTest::sampleProduct)),
                new Shop(
                        "superstore-like",
                        read(
                                "shops/superstore-like-products.csv",
                                r -> new Product(
                                        r.get("id"),
                                        r.get("name").strip(),
                                        r.get("category"),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))),
                new Shop(
                        "online retail",
                        read(
                                "shops/online-retail-products.csv",
                                r -> new Product(
                                        r.get("stock_code"),
                                        r.get("description").strip(),
                                        null,
                                        null,
                                        Double.valueOf(r.get("unit_price")),
                                        null,
                                        null,
                                        null))));
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void theCopyCheckerFindsNothingInAHundredVariantsPerChannelAndLanguage(Channel channel) {
        TreeMap<String, Integer> countByRule = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int checked = 0;
        for (Shop shop : shops) {
            for (String language : List.of("en", "zh")) {
                for (int p = 0; p < PERSONAS.size(); p++) {
                    for (int seed = 0; seed < SEEDS; seed++) {
                        ContentBrief brief = brief(shop, channel, language, p, seed);
                        String angle = PersonaKind.ALL_ANGLES.get(seed % PersonaKind.ALL_ANGLES.size());
                        Copy copy = COMPOSER.compose(brief, angle, seed / PersonaKind.ALL_ANGLES.size());
                        checked++;
                        String where =
                                shop.name() + "/" + language + "/" + PERSONAS.get(p) + "/" + angle + "/seed " + seed;
                        for (String v : CopyRules.violations(copy, brief.network())) {
                            countByRule.merge("length", 1, Integer::sum);
                            if (examples.size() < 40) {
                                examples.add(where + ": length: " + v);
                            }
                        }
                        for (Finding f : ExclusionaryWording.standard().find(copy.joined())) {
                            countByRule.merge(f.rule(), 1, Integer::sum);
                            if (examples.size() < 40) {
                                examples.add(where + ": " + f.rule() + ": " + f.message());
                            }
                        }
                        for (CopyIssue issue : CHECKER.check(copy, language)) {
                            countByRule.merge(issue.rule(), 1, Integer::sum);
                            if (examples.size() < 40) {
                                examples.add(where + ": " + issue.rule() + ": \"" + issue.span() + "\" in "
                                        + copy.joined().replace("\n", " / "));
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(shops.size() * 2 * PERSONAS.size() * SEEDS);
        assertThat(examples).as("%s: issues by rule %s", channel, countByRule).isEmpty();
    }

    /** A segment brief, or for every fifth seed a customer's, featuring a product of the shop picked by seed. */
    static ContentBrief brief(Shop shop, Channel channel, String language, int persona, int seed) {
        List<Product> products = shop.products();
        Product featured = products.get((seed * 7 + persona * 3) % products.size());
        List<String> topCategories = featured.category() == null ? List.of() : List.of(featured.category());
        Audience audience = new Audience(
                PERSONAS.get(persona), "A segment of " + shop.name() + ".", List.of(), List.of(), topCategories);
        Optional<CustomerFacts> customer = Optional.empty();
        if (seed % 5 == 4) {
            customer = Optional.of(new CustomerFacts(
                    "C" + seed,
                    seed % 2 == 0 ? Optional.of("Alex") : Optional.empty(),
                    List.of(),
                    List.of(ContentBriefs.name(products.get((seed + 1) % products.size()), language)),
                    List.of(
                            ContentBriefs.name(products.get((seed + 2) % products.size()), language),
                            ContentBriefs.name(products.get((seed + 3) % products.size()), language))));
        }
        return new ContentBrief(
                channel,
                NETWORKS.get(seed % NETWORKS.size()),
                language,
                Optional.of(audience),
                customer,
                Optional.of(ContentBriefs.product(featured, language)),
                "",
                TONES.get(seed % TONES.size()),
                List.of(),
                BrandVoice.standard(),
                3,
                seed);
    }

    static Product sampleProduct(CSVRecord r) {
        return new Product(
                r.get("id"),
                r.get("name"),
                r.get("category"),
                r.get("description"),
                Double.valueOf(r.get("price")),
                null,
                r.get("name_zh"),
                r.get("description_zh"));
    }

    static List<Product> read(String resource, Function<CSVRecord, Product> product) throws IOException {
        try (InputStream raw = OfflineCopyCheckTest.class.getResourceAsStream(resource)) {
            assertThat(raw).as(resource).isNotNull();
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                        .map(product)
                        .toList();
            }
        }
    }
}
