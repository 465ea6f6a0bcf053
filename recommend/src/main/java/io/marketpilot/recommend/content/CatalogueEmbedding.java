package io.marketpilot.recommend.content;

import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.util.Map;

/**
 * Embeds a whole catalogue in one space: English and Chinese vectors cannot be compared, so the catalogue's majority
 * language picks the model (bge-small-en-v1.5 or bge-small-zh-v1.5) for every product.
 */
public final class CatalogueEmbedding {
    private CatalogueEmbedding() {}

    public static ItemVectors embed(Map<String, String> textsById) {
        return embed(BilingualEmbedder.bgeSmall(), new LanguageDetector(), textsById);
    }

    public static ItemVectors embed(BilingualEmbedder models, LanguageDetector detector, Map<String, String> texts) {
        long chinese = texts.values().stream()
                .filter(t -> t != null && detector.detect(t).language() == Language.CHINESE)
                .count();
        Language majority = chinese * 2 > texts.size() ? Language.CHINESE : Language.ENGLISH;
        return ItemVectors.embed(models.forLanguage(majority), texts);
    }
}
