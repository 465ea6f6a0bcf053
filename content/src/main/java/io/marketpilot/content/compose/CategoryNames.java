package io.marketpilot.content.compose;

import io.marketpilot.content.words.Acronyms;
import io.marketpilot.content.words.EnglishNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A catalogue category as copy names it. Shops store categories as paths ("Furniture > Chairs", "Office
 * Supplies/Binders") or single words ("Cables"); copy uses the most specific part, as a person says it: lower
 * case but for acronyms ("chairs", "USB cables"), or the phrase bank's word for it ("audio" → "audio gear";
 * in Chinese "chairs" → "椅子"). A Chinese text with no Chinese word for the category uses the bank's generic word.
 */
final class CategoryNames {
    private CategoryNames() {}

    /** The category's parts, most specific first: "Furniture > Chairs" → [Chairs, Furniture]. */
    static List<String> parts(String category) {
        List<String> parts = new ArrayList<>();
        for (String p : category.split("\\s*[>/›»|]\\s*")) {
            if (!p.isBlank()) {
                parts.addFirst(p.strip().replaceAll("\\s+", " "));
            }
        }
        return parts;
    }

    /** The category as an English noun phrase with its number, or empty text when there is none. */
    static Slot english(String category, PhraseBank bank) {
        List<String> parts = parts(category);
        if (parts.isEmpty()) {
            return Slot.singular("");
        }
        String leaf = parts.getFirst();
        String word = bank.text("categories", leaf.toLowerCase(Locale.ROOT));
        String text = word.isEmpty() ? lowerCase(leaf) : word;
        return new Slot(text, EnglishNumber.plural(text));
    }

    /** The category's Chinese word (for the most specific part that has one), or empty text when none does. */
    static String chinese(String category, PhraseBank bank) {
        for (String part : parts(category)) {
            if (ProductNames.chinese(part)) {
                return part;
            }
            String word = bank.text("categories", part.toLowerCase(Locale.ROOT));
            if (!word.isEmpty()) {
                return word;
            }
        }
        return "";
    }

    /** Lower case inside a sentence, keeping acronyms and brand spellings: "USB Cables" → "USB cables". */
    static String lowerCase(String words) {
        List<String> out = new ArrayList<>();
        for (String w : words.split(" ")) {
            boolean keep = (Acronyms.known(w) && w.equals(w.toUpperCase(Locale.ROOT)))
                    || (w.codePoints().skip(1).anyMatch(Character::isUpperCase)
                            && !w.equals(w.toUpperCase(Locale.ROOT)));
            out.add(keep ? w : w.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", out);
    }
}
