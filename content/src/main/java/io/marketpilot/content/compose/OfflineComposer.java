package io.marketpilot.content.compose;

import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.SmsEncoding;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.content.channel.TextWidth;
import io.marketpilot.content.words.Sentences;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * Writes channel copy without any model: templates and phrase banks in English and Chinese, filled from the
 * persona, the customer's facts, the product and the tone, varied by seed. Every field is chosen among phrases
 * that fit the channel's limits, so its output passes validation by construction. Slots carry their grammatical
 * number ({@link Slot}) so verbs agree, and every English sentence starts with a capital.
 */
public final class OfflineComposer {
    public static final String PROVIDER = "offline";
    public static final String MODEL = "composer";
    /** Stands for the customer's first name in segment-level copy; filled per customer when it is sent. */
    public static final String FIRST_NAME = "{{first_name}}";
    /** Stands for the customer's "picked for you" line in segment-level e-mails. */
    public static final String PICKED_FOR_YOU = "{{picked_for_you}}";

    private final Map<String, PhraseBank> banks = Map.of("en", PhraseBank.load("en"), "zh", PhraseBank.load("zh"));

    /** The variant for one angle; {@code variant} varies the phrasing for the same brief and seed. */
    public Copy compose(ContentBrief brief, String angle, int variant) {
        PhraseBank bank = bank(brief.language());
        SplittableRandom random = new SplittableRandom(brief.seed() * 1_000_003L + variant * 7_919L + angle.hashCode());
        Map<String, Slot> values = new ComposerValues(brief, bank).slots();
        Writer w = new Writer(brief, bank, angle, random, values);
        Map<String, Object> fields =
                switch (brief.channel()) {
                    case EMAIL -> w.email();
                    case AD -> w.ad();
                    case SOCIAL -> w.social();
                    case SMS -> w.sms();
                    case PRODUCT -> w.product();
                };
        return new Copy(brief.channel(), brief.chinese() ? fields : capitalised(fields));
    }

    public String bankText(String language, String... path) {
        return bank(language).text(path);
    }

    private PhraseBank bank(String language) {
        PhraseBank bank = banks.get(language);
        if (bank == null) {
            throw MarketPilotException.invalid("Unknown language '" + language + "': use en or zh");
        }
        return bank;
    }

    /** Every sentence of every field starts with a capital, whatever a slot put first ("our best-sellers…"). */
    private static Map<String, Object> capitalised(Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> out.put(
                name,
                value instanceof List<?> list
                        ? list.stream()
                                .map(x -> Sentences.capitalised((String) x))
                                .toList()
                        : Sentences.capitalised((String) value)));
        return out;
    }

    /** One variant being written. */
    private record Writer(
            ContentBrief brief, PhraseBank bank, String angle, SplittableRandom random, Map<String, Slot> values) {

        String sep() {
            return brief.chinese() ? "" : " ";
        }

        /** A slot's text; ComposerValues fills every slot the templates name, empty when the brief has no value. */
        String slot(String name) {
            Slot slot = values.get(name);
            if (slot == null) {
                throw new IllegalStateException("the composer has no slot '" + name + "'");
            }
            return slot.text();
        }

        String phrase(String part) {
            return PhraseBank.fill(bank.pick(random, "angles", angle, part), values);
        }

        String personaLine() {
            return PhraseBank.fill(
                    bank.pick(random, "persona", brief.personaKind().key()), values);
        }

        /** One of the candidates (in random order) that fits {@code limit}, or the shortest when none does. */
        String fitting(List<String> candidates, int limit, ToIntFunction<String> measure, List<String> taken) {
            List<String> shuffled = shuffled(candidates);
            String shortest = null;
            for (String c : shuffled) {
                String filled = PhraseBank.fill(c, values);
                if (taken.contains(filled)) {
                    continue;
                }
                if (measure.applyAsInt(filled) <= limit) {
                    return filled;
                }
                if (shortest == null || measure.applyAsInt(filled) < measure.applyAsInt(shortest)) {
                    shortest = filled;
                }
            }
            return shortest == null ? "" : shortest;
        }

        List<String> shuffled(List<String> items) {
            List<String> copy = new ArrayList<>(items);
            for (int i = copy.size() - 1; i > 0; i--) {
                java.util.Collections.swap(copy, i, random.nextInt(i + 1));
            }
            return copy;
        }

        Map<String, Object> email() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("subject", fitting(bank.list("angles", angle, "subject"), 60, TextWidth::characters, List.of()));
            f.put("preheader", phrase("preheader"));
            StringBuilder body = new StringBuilder();
            body.append(PhraseBank.fill(bank.forTone("greeting", brief.tone()), values))
                    .append("\n\n");
            body.append(phrase("opener")).append(sep()).append(personaLine());
            if (!slot("recent").isEmpty()) {
                body.append(sep()).append(PhraseBank.fill(bank.text("recent"), values));
            }
            body.append("\n\n").append(phrase("closer"));
            if (!slot("price").isEmpty() && angle.equals("value")) {
                body.append(sep()).append(PhraseBank.fill(bank.text("price"), values));
            }
            if (brief.customer().isPresent() && !slot("picks").isEmpty()) {
                body.append("\n\n").append(PhraseBank.fill(bank.text("picks"), values));
            } else if (brief.customer().isEmpty() && brief.audience().isPresent()) {
                body.append("\n\n").append(PICKED_FOR_YOU);
            }
            body.append("\n\n").append(bank.forTone("closing", brief.tone()));
            f.put("body", body.toString());
            f.put("cta", fitting(bank.list("angles", angle, "cta"), 25, TextWidth::characters, List.of()));
            return f;
        }

        Map<String, Object> ad() {
            List<String> headlines = new ArrayList<>();
            List<String> pool = new ArrayList<>(bank.list("angles", angle, "headline"));
            for (int i = 0; i < 3; i++) {
                String h = fitting(pool, 30, TextWidth::doubleWidthUnits, headlines);
                if (TextWidth.doubleWidthUnits(h) <= 30 && !h.isEmpty()) {
                    headlines.add(h);
                }
            }
            // the angle's own headlines ran out (long category names): borrow the shortest calls to action
            for (String cta : bank.list("angles", angle, "cta")) {
                if (headlines.size() < 3 && !headlines.contains(cta)) {
                    headlines.add(cta);
                }
            }
            List<String> descriptions = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                descriptions.add(
                        fitting(bank.list("angles", angle, "description"), 90, TextWidth::characters, descriptions));
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("headlines", headlines);
            f.put("descriptions", descriptions);
            return f;
        }

        Map<String, Object> social() {
            SocialNetwork network = brief.network();
            List<String> tags = new ArrayList<>();
            tags.add(hashtag(bank.text("angles", angle, "tag"), network));
            tags.add(hashtag(slot("category"), network));
            String hook = phrase("hook");
            String persona = personaLine();
            String closer = phrase("closer");
            String picks = brief.customer().isPresent() && !slot("picks").isEmpty()
                    ? sep() + PhraseBank.fill(bank.text("picks"), values)
                    : "";
            String post = hook + sep() + persona + sep() + closer + picks;
            if (network.length(post + "\n" + String.join(" ", tags)) > network.maxLength()) {
                post = hook + sep() + closer;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("post", post);
            f.put("hashtags", tags);
            return f;
        }

        /** A hashtag from words: "home-office gear" → "#HomeOfficeGear"; Chinese words are joined as they are. */
        String hashtag(String words, SocialNetwork network) {
            StringBuilder compact = new StringBuilder();
            for (String w : words.split("[\\s\\p{Punct}]+")) {
                if (!w.isEmpty()) {
                    compact.append(brief.chinese() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
                }
            }
            // Weibo topics are wrapped in hashes on both sides
            return network == SocialNetwork.WEIBO ? "#" + compact + "#" : "#" + compact;
        }

        Map<String, Object> sms() {
            String stop = bank.text("smsStop");
            String hook = gsm(phrase("hook"));
            String closer = gsm(phrase("closer"));
            String cta = gsm(phrase("cta"));
            List<String> candidates = List.of(
                    hook + sep() + closer + sep() + cta + (brief.chinese() ? "，" : ". ") + stop,
                    hook + sep() + cta + (brief.chinese() ? "，" : ". ") + stop,
                    hook + sep() + stop);
            String text = candidates.getLast();
            for (String c : candidates) {
                if (SmsEncoding.of(c).fitsOneMessage()) {
                    text = c;
                    break;
                }
            }
            return Map.of("text", text);
        }

        /** Typographic characters that would push an English SMS out of GSM-7 into 70-character UCS-2. */
        String gsm(String text) {
            if (brief.chinese()) {
                return text;
            }
            return text.replace('’', '\'')
                    .replace('‘', '\'')
                    .replace('“', '"')
                    .replace('”', '"')
                    .replace("—", "-")
                    .replace("–", "-")
                    .replace("…", "...");
        }

        Map<String, Object> product() {
            Map<String, Slot> withBenefit = new LinkedHashMap<>(values);
            withBenefit.put("benefit", Slot.singular(PhraseBank.fill(bank.text("benefits", angle), values)));
            String shortText = fittingWith(bank.list("productShort"), withBenefit);
            String description = slot("description");
            StringBuilder longText = new StringBuilder();
            longText.append(PhraseBank.fill(bank.pick(random, "productLongIntro"), values));
            if (!description.isBlank()) {
                longText.append(sep()).append(description);
            }
            longText.append(sep()).append(PhraseBank.fill(bank.text("benefits", angle), values));
            longText.append("\n\n").append(phrase("opener")).append(sep()).append(phrase("closer"));
            if (brief.audience().isPresent()) {
                longText.append("\n\n")
                        .append(PhraseBank.fill(
                                bank.text("productLongFit"), Map.of("audience", Slot.singular(personaLine()))));
            }
            longText.append("\n\n").append(bank.pick(random, "productLongService"));
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("short", shortText);
            f.put("long", longText.toString());
            return f;
        }

        String fittingWith(List<String> templates, Map<String, Slot> with) {
            for (String t : shuffled(templates)) {
                String filled = capitalised(PhraseBank.fill(t, with));
                if (TextWidth.characters(filled) <= 160) {
                    return filled;
                }
            }
            return capitalised(PhraseBank.fill(templates.getFirst(), with));
        }

        static String capitalised(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
