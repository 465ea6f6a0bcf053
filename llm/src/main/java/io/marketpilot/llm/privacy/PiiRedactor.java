package io.marketpilot.llm.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Replaces personal data — e-mail addresses, phone numbers, card numbers, IBANs, street addresses and the names of
 * the store's customers — with placeholders before text leaves the process, and restores them in the answer.
 * Where findings overlap, the type earlier in {@link PiiType} wins (an e-mail address that contains a name is one
 * e-mail address).
 */
public final class PiiRedactor {
    private final Supplier<KnownNames> names;

    public PiiRedactor(Supplier<KnownNames> names) {
        this.names = names;
    }

    /** A redactor for shapes alone, without customer names. */
    public static PiiRedactor withoutNames() {
        KnownNames none = KnownNames.none();
        return new PiiRedactor(() -> none);
    }

    /** The personal data in {@code text}, without overlaps, in text order. */
    public List<PiiSpan> find(String text) {
        List<PiiSpan> candidates = new ArrayList<>();
        PatternDetectors.find(text, candidates);
        names.get().find(text, candidates);
        candidates.sort(Comparator.comparing(PiiSpan::type)
                .thenComparingInt(PiiSpan::start)
                .thenComparing(Comparator.comparingInt((PiiSpan s) -> s.end() - s.start())
                        .reversed()));
        List<PiiSpan> kept = new ArrayList<>();
        for (PiiSpan c : candidates) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(PiiSpan::start));
        return kept;
    }

    /** Redacts several texts (the messages of one request) with one numbering. */
    public Redaction redact(List<String> texts) {
        Map<String, String> placeholderOf = new HashMap<>();
        Map<String, String> originals = new HashMap<>();
        Map<PiiType, Integer> counters = new HashMap<>();
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (PiiSpan span : find(text)) {
                String value = text.substring(span.start(), span.end());
                String placeholder = placeholderOf.computeIfAbsent(span.type() + "\u0000" + value, k -> {
                    int n = counters.merge(span.type(), 1, Integer::sum);
                    return "[" + span.type().placeholderStem() + "_" + n + "]";
                });
                originals.put(placeholder, value);
                sb.append(text, last, span.start()).append(placeholder);
                last = span.end();
            }
            sb.append(text, last, text.length());
            out.add(sb.toString());
        }
        return new Redaction(out, originals);
    }

    public Redaction redact(String text) {
        return redact(List.of(text));
    }
}
