package io.marketpilot.assistant.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sections into passages small enough to embed well and to quote: a section that fits stays whole; a longer
 * one is split at paragraph, then sentence boundaries into pieces of at most {@value #MAX_CHARS} characters, each
 * keeping the section's heading. A FAQ entry is never split, so its answer stays one citable passage.
 */
public final class Chunker {
    /** About 250 English words, or a few hundred Chinese characters: well inside the embedder's window. */
    public static final int MAX_CHARS = 1_200;

    private Chunker() {}

    public static List<Section> chunk(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (!s.entryId().isEmpty() || s.text().length() <= MAX_CHARS) {
                out.add(s);
                continue;
            }
            for (String piece : split(s.text())) {
                out.add(Section.of(s.heading(), piece));
            }
        }
        return out;
    }

    static List<String> split(String text) {
        List<String> units = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (paragraph.length() <= MAX_CHARS) {
                units.add(paragraph.strip());
            } else {
                // sentence ends in English and Chinese; the look-behind keeps the punctuation with its sentence
                for (String sentence : paragraph.split("(?<=[.!?。！？])\\s*")) {
                    for (int i = 0; i < sentence.length(); i += MAX_CHARS) {
                        units.add(sentence.substring(i, Math.min(sentence.length(), i + MAX_CHARS))
                                .strip());
                    }
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String unit : units) {
            if (unit.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && current.length() + unit.length() + 2 > MAX_CHARS) {
                pieces.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append("\n\n");
            }
            current.append(unit);
        }
        if (current.length() > 0) {
            pieces.add(current.toString());
        }
        return pieces;
    }
}
