package io.marketpilot.app.support;

import io.marketpilot.assistant.kb.KnowledgeBase;
import io.marketpilot.assistant.kb.Section;
import io.marketpilot.core.domain.Product;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The product catalogue as a knowledge-base source: one section per product and language (the Chinese name and
 * description, where the shop has them, make a second section with the same product id).
 */
final class CatalogueSource {
    private CatalogueSource() {}

    static List<Section> sections(List<Product> products) {
        List<Section> out = new ArrayList<>();
        for (Product p : products) {
            StringBuilder text = new StringBuilder();
            if (p.description() != null) {
                text.append(p.description()).append(' ');
            }
            if (p.category() != null) {
                text.append("Category: ").append(p.category()).append(". ");
            }
            if (p.price() != null) {
                text.append(String.format(Locale.ROOT, "Price: %.2f EUR.", p.price()));
            }
            out.add(new Section(p.name(), text.toString().strip(), p.id()));
            if (p.nameZh() != null && !p.nameZh().isBlank()) {
                String zh = (p.descriptionZh() == null ? "" : p.descriptionZh())
                        + (p.price() == null ? "" : String.format(Locale.ROOT, " 价格：%.2f 欧元。", p.price()));
                out.add(new Section(p.nameZh(), zh.strip(), p.id()));
            }
        }
        return out;
    }

    /** The hash that decides whether the catalogue changed since it was last indexed. */
    static String hash(List<Section> sections) {
        StringBuilder all = new StringBuilder();
        sections.forEach(s -> all.append(s.entryId())
                .append('\u0000')
                .append(s.heading())
                .append('\u0000')
                .append(s.text())
                .append('\u0001'));
        return KnowledgeBase.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
