package io.marketpilot.content.compose;

import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.brief.CustomerFacts;
import io.marketpilot.content.brief.ProductFacts;
import io.marketpilot.content.words.EnglishNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The composer's slot values for one brief, written as a person would in the brief's language: the category as
 * a word, not a path; an ALL-CAPS product name in sentence case; in Chinese, the product's Chinese name or, when
 * the catalogue has none, "this" plus the Chinese category word, and only Chinese names among picks and recent
 * purchases (an English name mid-sentence reads as a mistake).
 */
final class ComposerValues {
    private final ContentBrief brief;
    private final PhraseBank bank;

    ComposerValues(ContentBrief brief, PhraseBank bank) {
        this.brief = brief;
        this.bank = bank;
    }

    Map<String, Slot> slots() {
        Map<String, Slot> v = new LinkedHashMap<>();
        Slot category = category();
        v.put("category", category);
        v.put("product", product(category));
        v.put("description", Slot.singular(description()));
        v.put("price", Slot.singular(price()));
        v.put("name", Slot.singular(name()));
        List<String> picks = names(brief.customer().map(CustomerFacts::picks).orElse(List.of()));
        v.put(
                "picks",
                Slot.singular(String.join(
                        brief.chinese() ? "、" : " and ", picks.stream().limit(2).toList())));
        v.put(
                "recent",
                names(brief.customer().map(CustomerFacts::recentPurchases).orElse(List.of())).stream()
                        .findFirst()
                        .map(this::named)
                        .orElse(Slot.singular("")));
        return v;
    }

    private Slot category() {
        String raw = brief.product()
                .map(ProductFacts::category)
                .filter(c -> !c.isBlank())
                .or(() ->
                        brief.audience().flatMap(a -> a.topCategories().stream().findFirst()))
                .orElse("");
        if (brief.chinese()) {
            String word = CategoryNames.chinese(raw, bank);
            return Slot.singular(word.isEmpty() ? bank.text("anyCategory") : word);
        }
        Slot word = CategoryNames.english(raw, bank);
        return word.text().isEmpty() ? generic("anyCategory") : word;
    }

    private Slot product(Slot category) {
        Optional<String> name = brief.product().map(ProductFacts::name).filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            return generic("anyProduct");
        }
        if (brief.chinese() && !ProductNames.chinese(name.get())) {
            return Slot.singular(PhraseBank.fill(bank.text("productFallback"), Map.of("category", category)));
        }
        return named(name.get());
    }

    private Slot named(String name) {
        if (brief.chinese()) {
            return Slot.singular(name.strip().replaceAll("\\s+", " "));
        }
        String readable = ProductNames.readable(name);
        return new Slot(readable, ProductNames.plural(readable));
    }

    /** The names a text may show: in Chinese only Chinese ones, in English each written readably. */
    private List<String> names(List<String> names) {
        return names.stream()
                .filter(n -> !n.isBlank() && (!brief.chinese() || ProductNames.chinese(n)))
                .map(n -> named(n).text())
                .toList();
    }

    private String description() {
        String d = brief.product().map(ProductFacts::description).orElse("").strip();
        if (d.isEmpty() || (brief.chinese() && !ProductNames.chinese(d))) {
            return "";
        }
        if (brief.chinese()) {
            return d;
        }
        String readable = ProductNames.readable(d);
        return readable.matches(".*[.!?]$") ? readable : readable + ".";
    }

    private String price() {
        return brief.product()
                .flatMap(ProductFacts::price)
                .map(p -> String.format(Locale.ROOT, "%.2f", p))
                .orElse("");
    }

    /** The customer's first name (in Chinese copy only a Chinese one), a polite fallback, or the merge field. */
    private String name() {
        if (brief.customer().isEmpty()) {
            return OfflineComposer.FIRST_NAME;
        }
        return brief.customer()
                .flatMap(CustomerFacts::firstName)
                .filter(n -> !brief.chinese() || ProductNames.chinese(n))
                .orElse(bank.text("nameFallback"));
    }

    private Slot generic(String key) {
        String text = bank.text(key);
        return new Slot(text, !brief.chinese() && EnglishNumber.plural(text));
    }
}
