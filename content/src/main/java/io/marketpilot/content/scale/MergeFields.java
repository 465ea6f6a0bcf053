package io.marketpilot.content.scale;

import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.compose.OfflineComposer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a segment-level text's merge fields for one customer: {@code {{first_name}}} (or a polite fallback) and
 * {@code {{picked_for_you}}} (the customer's recommendations, or the line removed). This is how one approved
 * persona-level text reaches ten thousand customers without ten thousand model calls.
 */
public final class MergeFields {
    private MergeFields() {}

    /** One customer's values. */
    public record Recipient(String customerId, Optional<String> firstName, List<String> picks) {}

    public static Copy fill(Copy template, Recipient r, String language) {
        boolean zh = language.equals("zh");
        String name = r.firstName().orElse(zh ? "亲爱的顾客" : "there");
        String picks = r.picks().isEmpty()
                ? ""
                : (zh ? "为你精选：" : "Picked for you: ")
                        + String.join(
                                zh ? "、" : ", ", r.picks().stream().limit(3).toList())
                        + (zh ? "。" : ".");
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
