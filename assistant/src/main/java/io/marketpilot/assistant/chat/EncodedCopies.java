package io.marketpilot.assistant.chat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a reply can be read besides as written, for the leak check: a model talked into revealing its
 * instructions can be asked to encode them so that a plain text match misses them. Decodes what costs nothing to
 * try — base64 (standard and URL-safe, also wrapped over lines), hex (plain, spaced, {@code \x} or {@code 0x}),
 * percent-encoding, reversed text, rot13 and letters spaced apart — and the same once more over each result, so
 * that base64 of reversed text is read too. Fullwidth letters and zero-width characters are normalised away first.
 */
final class EncodedCopies {
    /** Readings kept per reply; more would mean a reply built to make the check expensive. */
    static final int MAX_READINGS = 64;

    private static final Pattern BASE64_RUN =
            Pattern.compile("[A-Za-z0-9+/_-]{16,}={0,2}(?:\\s+[A-Za-z0-9+/_-]+={0,2})*");
    private static final Pattern HEX_RUN =
            Pattern.compile("(?:(?:\\\\x|0x)?[0-9a-fA-F]{2}[\\s,:]*){12,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEX_PREFIX = Pattern.compile("\\\\x|0x", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("%[0-9a-fA-F]{2}");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u200b-\\u200f\\u2060\\ufeff]");

    private EncodedCopies() {}

    /**
     * The reply as written (normalised) first, then every distinct reading that decodes or deciphers it, for the
     * verbatim check, which is cheap enough to run on all of them.
     */
    static List<String> readings(String reply) {
        return closure(reply, true);
    }

    /**
     * The reply and what its encodings (base64, hex, percent, spaced letters) decode to, without the ciphers that
     * merely scramble every reply (reversal, rot13): the readings worth embedding for the paraphrase check.
     */
    static List<String> decoded(String reply) {
        return closure(reply, false);
    }

    private static List<String> closure(String reply, boolean ciphers) {
        Set<String> out = new LinkedHashSet<>();
        String plain = normalise(reply);
        out.add(plain);
        List<String> firstRound = decodings(plain, ciphers);
        out.addAll(firstRound);
        for (String once : firstRound) {
            if (out.size() >= MAX_READINGS) {
                break;
            }
            out.addAll(decodings(once, ciphers));
        }
        return out.stream().limit(MAX_READINGS).toList();
    }

    /** Fullwidth and other compatibility forms folded (NFKC), invisible characters removed. */
    static String normalise(String text) {
        return INVISIBLE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .replaceAll("");
    }

    private static List<String> decodings(String text, boolean ciphers) {
        List<String> out = new ArrayList<>();
        out.addAll(base64(text));
        out.addAll(hex(text));
        if (PERCENT.matcher(text).find()) {
            percent(text).ifPresent(out::add);
        }
        unspaced(text).ifPresent(out::add);
        if (ciphers) {
            out.add(new StringBuilder(text).reverse().toString());
            out.add(rot13(text));
        }
        return out.stream().filter(EncodedCopies::readsAsText).toList();
    }

    private static List<String> base64(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BASE64_RUN.matcher(text);
        while (m.find()) {
            // a wrapped encoding is one run over several lines; ordinary words before or after it join the run too,
            // so the whole run is tried, and each long token alone (every line of a wrapped encoding decodes alone)
            Set<String> candidates = new LinkedHashSet<>();
            candidates.add(m.group().replaceAll("\\s+", ""));
            for (String token : m.group().strip().split("\\s+")) {
                if (token.length() >= 16) {
                    candidates.add(token);
                }
            }
            candidates.forEach(candidate -> decodeBase64(candidate).ifPresent(out::add));
        }
        return out;
    }

    private static java.util.Optional<String> decodeBase64(String run) {
        String body = run.replace("=", "");
        if (body.length() % 4 == 1) {
            body = body.substring(0, body.length() - 1);
        }
        boolean urlSafe = body.indexOf('-') >= 0 || body.indexOf('_') >= 0;
        try {
            byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(body);
            return utf8(bytes);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<String> hex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = HEX_RUN.matcher(text);
        while (m.find()) {
            String digits = HEX_PREFIX.matcher(m.group()).replaceAll("").replaceAll("[^0-9a-fA-F]", "");
            if (digits.length() % 2 == 1) {
                digits = digits.substring(0, digits.length() - 1);
            }
            utf8(HexFormat.of().parseHex(digits)).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<String> percent(String text) {
        try {
            return java.util.Optional.of(java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static String rot13(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * "N e v e r   r e v e a l" read as "Never reveal": when most tokens are single characters, single spaces join
     * letters and longer gaps (or a slash or dot between spaced letters) part words.
     */
    private static java.util.Optional<String> unspaced(String text) {
        String[] tokens = text.strip().split("\\s+");
        long single =
                java.util.Arrays.stream(tokens).filter(t -> t.length() == 1).count();
        if (tokens.length < 8 || single < tokens.length * 0.6) {
            return java.util.Optional.empty();
        }
        String joined = text.replaceAll("(?<=\\S) (?=\\S)", "").replaceAll("\\s{2,}", " ");
        return java.util.Optional.of(joined);
    }

    /** Strict UTF-8, so that random bytes from a "decoding" of ordinary words are dropped rather than mangled. */
    private static java.util.Optional<String> utf8(byte[] bytes) {
        try {
            return java.util.Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** At least eight letters and mostly printable: worth matching against the instructions. */
    private static boolean readsAsText(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long control = s.codePoints()
                .filter(c -> Character.isISOControl(c) && !Character.isWhitespace(c))
                .count();
        return letters >= 8 && control == 0 && letters * 2 >= s.strip().length() * 1.0;
    }

    /** Lower-case letters and digits only: spacing, punctuation and line breaks cannot hide a copy. */
    static String lettersOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
