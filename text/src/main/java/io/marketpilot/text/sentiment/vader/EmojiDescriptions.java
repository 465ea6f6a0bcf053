package io.marketpilot.text.sentiment.vader;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Replaces emojis by their textual descriptions exactly as {@code polarity_scores} does before
 * tokenising, so that "😀" is scored as the words "grinning face".
 */
final class EmojiDescriptions {
    private final int[] codePoints; // sorted
    private final String[] descriptions;
    private final int smallest;

    /**
     * Keeps only single-code-point keys: Python tests each character of the text against the
     * dictionary, so sequences (skin tones, ZWJ families) can never match.
     */
    EmojiDescriptions(Map<String, String> byEmoji) {
        TreeMap<Integer, String> single = new TreeMap<>();
        byEmoji.forEach((emoji, description) -> {
            if (!emoji.isEmpty() && emoji.codePointCount(0, emoji.length()) == 1) {
                single.put(emoji.codePointAt(0), description);
            }
        });
        codePoints = single.keySet().stream().mapToInt(Integer::intValue).toArray();
        descriptions = single.values().toArray(String[]::new);
        smallest = codePoints.length == 0 ? Integer.MAX_VALUE : codePoints[0];
    }

    int size() {
        return codePoints.length;
    }

    Optional<String> description(int codePoint) {
        int at = Arrays.binarySearch(codePoints, codePoint);
        return at >= 0 ? Optional.of(descriptions[at]) : Optional.empty();
    }

    /** The text with every known emoji replaced; the same instance when there is none. */
    String replace(String text) {
        int first = firstEmoji(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        out.append(text, 0, first);
        // Python starts with prev_space = True and only ever treats ' ' (not other whitespace) as a space.
        boolean prevSpace = first == 0 || text.charAt(first - 1) == ' ';
        int i = first;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int at = cp < smallest ? -1 : Arrays.binarySearch(codePoints, cp);
            if (at >= 0) {
                if (!prevSpace) {
                    out.append(' ');
                }
                out.append(descriptions[at]);
                prevSpace = false;
            } else {
                out.appendCodePoint(cp);
                prevSpace = cp == ' ';
            }
        }
        return out.toString();
    }

    private int firstEmoji(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < smallest) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Arrays.binarySearch(codePoints, cp) >= 0) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
