package io.marketpilot.llm.privacy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts with their personal data replaced by numbered placeholders ({@code [EMAIL_1]}, {@code [NAME_2]}), and the
 * map back. The same value gets the same placeholder in every message, so the model can refer to it consistently.
 *
 * @param texts the redacted texts, in the order given
 * @param originals placeholder to original value
 */
public record Redaction(List<String> texts, Map<String, String> originals) {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\[(EMAIL|IBAN|CARD|PHONE|ADDRESS|NAME)_(\\d+)]", Pattern.CASE_INSENSITIVE);

    public Redaction {
        texts = List.copyOf(texts);
        originals = Map.copyOf(originals);
    }

    /** Puts the original values back into a model's answer; placeholders the model made up stay as they are. */
    public String restore(String answer) {
        if (originals.isEmpty()) {
            return answer;
        }
        Matcher m = PLACEHOLDER.matcher(answer);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = "[" + m.group(1).toUpperCase(java.util.Locale.ROOT) + "_" + m.group(2) + "]";
            m.appendReplacement(sb, Matcher.quoteReplacement(originals.getOrDefault(key, m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public boolean redactedAnything() {
        return !originals.isEmpty();
    }

    /** How many distinct values of each type were replaced. */
    public Map<PiiType, Integer> counts() {
        Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
        for (String key : originals.keySet()) {
            String stem = key.substring(1, key.lastIndexOf('_'));
            PiiType type = PiiType.valueOf(stem);
            counts.merge(type, 1, Integer::sum);
        }
        return counts;
    }
}
