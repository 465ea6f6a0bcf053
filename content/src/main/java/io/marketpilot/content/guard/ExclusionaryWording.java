package io.marketpilot.content.guard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags stereotyped or exclusionary phrases (age, gender, ethnicity, disability, religion, body) from the maintained
 * list {@code wording.tsv} beside this class (its provenance and licence in {@code wording-PROVENANCE.md}). Every
 * finding is a warning: context decides, and the reviewer sees why each was raised.
 */
public final class ExclusionaryWording {
    /** The rule name of a list hit. */
    public static final String RULE = "exclusionary-wording";

    static final String RESOURCE = "wording.tsv";

    /** One rule of the list. */
    public record Rule(String language, String category, Pattern pattern, String why) {}

    private static final ExclusionaryWording STANDARD = load();

    private final List<Rule> rules;

    ExclusionaryWording(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The bundled list, read once. */
    public static ExclusionaryWording standard() {
        return STANDARD;
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * The list's hits in {@code text}: the rules of both languages run, as Chinese copy may quote English and the
     * other way round. One finding per rule, naming the category, the words matched and why they were flagged.
     */
    public List<Finding> find(String text) {
        List<Finding> out = new ArrayList<>();
        String straight = text.replace('\u2019', '\''); // "don’t" as typed by word processors reads as "don't"
        List<int[]> spans = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(straight);
            // one phrase is one finding: a second rule matching words already flagged adds nothing
            if (m.find() && spans.stream().noneMatch(span -> m.start() < span[1] && span[0] < m.end())) {
                spans.add(new int[] {m.start(), m.end()});
                out.add(Finding.warning(
                        RULE, rule.category() + ": \"" + m.group().strip() + "\" — " + rule.why()));
            }
        }
        return out;
    }

    private static ExclusionaryWording load() {
        try (InputStream in = ExclusionaryWording.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the wording list " + RESOURCE + " is missing from the build");
            }
            return new ExclusionaryWording(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the list's lines; a malformed line is a build error, named by its number. */
    static List<Rule> parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 4 || !(parts[0].equals("en") || parts[0].equals("zh"))) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected language, category,"
                        + " pattern and why, tab-separated, language en or zh");
            }
            rules.add(new Rule(parts[0], parts[1], compile(parts[0], parts[2]), parts[3]));
        }
        return rules;
    }

    private static Pattern compile(String language, String pattern) {
        if (language.equals("zh")) {
            return Pattern.compile(pattern);
        }
        // whole words only: "no seniors" must not flag "piano seniors", nor "man up" "woman upholstery"
        String spaced = pattern.replace(" ", "\\s+");
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + spaced + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ExclusionaryWording[%d rules]", rules.size());
    }
}
