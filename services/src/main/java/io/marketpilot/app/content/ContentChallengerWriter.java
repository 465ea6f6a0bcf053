package io.marketpilot.app.content;

import io.marketpilot.app.experiment.ChallengerWriter;
import io.marketpilot.content.write.CopyParser;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The optimisation loop's challengers from the content capability: short copy (the SMS channel's one text field, the
 * shape of an experiment variant's payload) in the winner's language, asked to cover the words only the winner used.
 * The drafts are saved as content drafts and enter the next round unapproved, so a person reviews them first.
 */
public final class ContentChallengerWriter implements ChallengerWriter {
    private static final int MAX_KEYWORDS = 3;

    private final StoreContent content;
    private final Supplier<Optional<String>> broadestSegment;
    private final LanguageDetector languages = new LanguageDetector();

    /**
     * @param broadestSegment the audience when the experiment targets no segment: the largest segment of the latest
     *     segmentation run, whose persona the composer and the prompts write for
     */
    public ContentChallengerWriter(StoreContent content, Supplier<Optional<String>> broadestSegment) {
        this.content = content;
        this.broadestSegment = broadestSegment;
    }

    @Override
    public Drafts write(Brief brief) {
        Optional<String> segment = brief.segment().or(broadestSegment);
        if (segment.isEmpty()) {
            return new Drafts(
                    List.of(),
                    "content",
                    "No challengers were drafted: copy is written for a segment's persona and no segmentation has run"
                            + " yet (marketpilot segment).");
        }
        try {
            return draft(brief, segment.get());
        } catch (MarketPilotException e) {
            return new Drafts(List.of(), "content", "No challengers were drafted: " + e.getMessage());
        }
    }

    private Drafts draft(Brief brief, String segment) {
        List<String> keywords = distinguishingWords(brief.winner(), brief.retired());
        String language = languages.detect(brief.winner()).language() == Language.CHINESE ? "zh" : "en";
        GenerateRequest request = new GenerateRequest(
                "sms",
                segment,
                null,
                null,
                "campaign " + brief.campaignId(),
                null,
                language,
                "", // no social network: SMS has none, and blank takes the default
                keywords,
                Math.max(1, brief.count()),
                brief.campaignId().hashCode());
        StoreContent.Batch batch = content.generate(request, "optimisation-loop");
        List<String> texts = new ArrayList<>();
        for (ContentItem item : batch.items()) {
            texts.add(text(item));
        }
        String source = batch.items().isEmpty()
                ? "content"
                : "content/" + batch.items().getFirst().provenance().provider() + "/"
                        + batch.items().getFirst().provenance().model() + " (drafts in batch " + batch.batchId() + ")";
        String note = texts.size() < brief.count()
                ? "Near-duplicates were dropped: " + texts.size() + " of " + brief.count() + " drafts kept."
                : "";
        return new Drafts(texts, source, note);
    }

    /** Words of four letters or more that the winner used and no losing text did, in order, at most three. */
    static List<String> distinguishingWords(String winner, List<String> retired) {
        Set<String> lost = new LinkedHashSet<>();
        retired.forEach(t -> lost.addAll(words(t)));
        List<String> out = new ArrayList<>();
        for (String w : words(winner)) {
            if (w.length() >= 4 && !lost.contains(w) && !out.contains(w) && out.size() < MAX_KEYWORDS) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String text(ContentItem item) {
        Object text = CopyParser.storedFields(item.fields()).get("text");
        return text == null ? item.fields() : String.valueOf(text);
    }
}
