package io.marketpilot.content.scale;

import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.compose.OfflineComposer;
import io.marketpilot.content.compose.ProductNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a segment-level text's merge fields for one customer: {@code {{first_name}}} (or a polite fallback) and
 * {@code {{picked_for_you}}} (the customer's recommendations, or the line removed), names written as the composer
 * writes them (ALL-CAPS names in sentence case; in Chinese only Chinese names). This is how one approved
 * persona-level text reaches ten thousand customers without ten thousand model calls.
 */
public final class MergeFields {
    private MergeFields() {}

    /** One customer's values. */
    public record Recipient(String customerId, Optional<String> firstName, List<String> picks) {}

    public static Copy fill(Copy template, Recipient r, String language) {
        boolean zh = language.equals("zh");
        // Chinese copy shows only Chinese names: an English name mid-sentence reads as a mistake
        String name = r.firstName().filter(n -> !zh || ProductNames.chinese(n)).orElse(zh ? "亲爱的顾客" : "there");
        List<String> shown = r.picks().stream()
                .filter(p -> !zh || ProductNames.chinese(p))
                .map(p -> zh ? p : ProductNames.readable(p))
                .limit(3)
                .toList();
        String picks = shown.isEmpty()
                ? ""
                : (zh ? "为你精选：" : "Picked for you: ") + String.join(zh ? "、" : ", ", shown) + (zh ? "。" : ".");
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : template.fields().entrySet()) {
            if (e.getValue() instanceof List<?> list) {
                List<String> filled = new ArrayList<>();
                list.forEach(x -> filled.add(replace((String) x, name, picks)));
                fields.put(e.getKey(), filled);
            } else {
                fields.put(e.getKey(), replace((String) e.getValue(), name, picks));
            }
        }
        return new Copy(template.channel(), fields);
    }

    private static String replace(String text, String name, String picks) {
        String out = text.replace(OfflineComposer.FIRST_NAME, name);
        if (picks.isEmpty()) {
            // drop the placeholder's line (and the blank line before it) rather than leave a gap
            out = out.replaceAll("\\n*\\Q" + OfflineComposer.PICKED_FOR_YOU + "\\E", "");
        }
        return out.replace(OfflineComposer.PICKED_FOR_YOU, picks);
    }
}
