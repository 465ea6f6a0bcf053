package io.marketpilot.app.content;

import io.marketpilot.content.Generation;
import io.marketpilot.content.StoredEvaluation;
import io.marketpilot.content.Variant;
import io.marketpilot.content.VariantEvaluator;
import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.content.guard.ExclusionaryWording;
import io.marketpilot.content.prompt.Prompt;
import io.marketpilot.content.write.CopyParser;
import io.marketpilot.content.write.FewShotExample;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.core.content.BrandVoiceRepository;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentQuery;
import io.marketpilot.core.content.ContentRepository;
import io.marketpilot.core.content.ContentReview;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.content.ContentTarget;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.core.page.Page;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content generation over the store: briefs from the store's personas, customers and products; variants saved as
 * drafts with their provenance, scores and findings; the review workflow (approve, reject, edit, use, win), with
 * approved and winning texts fed back as few-shot examples; the brand voice.
 */
public final class StoreContent {
    /** Few-shot examples per prompt. */
    static final int EXAMPLES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(StoreContent.class);

    private final ContentRepository items;
    private final BrandVoiceRepository voices;
    private final ContentBriefs briefs;
    private final ContentModels models;
    private final AuditLog audit;
    private final Clock clock;

    StoreContent(
            ContentRepository items,
            BrandVoiceRepository voices,
            ContentBriefs briefs,
            ContentModels models,
            AuditLog audit,
            Clock clock) {
        this.items = items;
        this.voices = voices;
        this.briefs = briefs;
        this.models = models;
        this.audit = audit;
        this.clock = clock;
    }

    /** Wires the content capability over the store; the models load on first use. */
    public static StoreContent create(
            io.marketpilot.core.content.ContentRepository items,
            io.marketpilot.core.content.BrandVoiceRepository voices,
            io.marketpilot.core.store.CustomerRepository customers,
            io.marketpilot.core.store.ProductRepository products,
            io.marketpilot.core.store.OrderRepository orders,
            io.marketpilot.app.insight.StoreSegments segments,
            io.marketpilot.app.insight.StoreRecommendations recommendations,
            io.marketpilot.core.llm.LanguageModel model,
            java.nio.file.Path promptDir,
            io.marketpilot.app.insight.SentimentAnalysis vader,
            java.util.function.Supplier<io.marketpilot.text.embedding.BilingualEmbedder> embedder,
            AuditLog audit,
            Clock clock) {
        return new StoreContent(
                items,
                voices,
                new ContentBriefs(customers, products, orders, segments, recommendations),
                new ContentModels(model, promptDir, vader, embedder),
                audit,
                clock);
    }

    /** The answer to a request: the saved drafts and what the generator dropped. */
    public record Batch(String batchId, List<ContentItem> items, int droppedNearDuplicates, String embeddingModel) {}

    public Batch generate(GenerateRequest request, String actor) {
        ContentBrief brief = briefs.brief(request, voice());
        String segment = brief.customer().isPresent()
                ? null
                : brief.audience().map(a -> a.segment()).orElse(null);
        List<FewShotExample> examples =
                items.examples(brief.channel().wireName(), brief.language(), segment, EXAMPLES).stream()
                        .map(e -> new FewShotExample(Prompt.fromJson(e.prompt()).user(), e.fields()))
                        .toList();
        Generation g = models.generator().generate(brief, examples, actor);
        String batchId = UUID.randomUUID().toString().substring(0, 8);
        ContentTarget target = new ContentTarget(
                brief.channel().wireName(),
                brief.language(),
                segment,
                request.customer(),
                request.product(),
                brief.goal(),
                brief.tone());
        List<ContentItem> drafts = new ArrayList<>();
        for (Variant v : g.variants()) {
            drafts.add(new ContentItem(
                    0,
                    batchId,
                    LocalDateTime.now(clock),
                    target,
                    v.angle(),
                    CopyParser.toJson(v.copy()),
                    v.prompt().toJson(),
                    new StoredEvaluation(
                                    v.scores(), v.findings(), brief.network().wireName())
                            .toJson(),
                    v.provenance(),
                    ContentReview.draft()));
        }
        List<ContentItem> saved = items.saveAll(drafts);
        audit.record(actor, "content.generate", batchId, brief.channel().wireName() + " " + saved.size() + " variants");
        LOG.info(
                "content=generate batch={} channel={} language={} variants={} dropped={} provider={}",
                batchId,
                brief.channel().wireName(),
                brief.language(),
                saved.size(),
                g.droppedNearDuplicates(),
                saved.isEmpty() ? "" : saved.getFirst().provenance().provider());
        return new Batch(batchId, saved, g.droppedNearDuplicates(), g.embeddingModel());
    }

    /** Variants for a request without saving them (evaluations, per-customer runs that write to a file). */
    public Generation preview(GenerateRequest request, String actor) {
        return preview(request, briefs.context(), actor);
    }

    /** As {@link #preview(GenerateRequest, String)}, reading the run and models from a context taken once. */
    public Generation preview(GenerateRequest request, BriefContext context, String actor) {
        ContentBrief brief = briefs.brief(request, voice(), context);
        return models.generator().generate(brief, List.of(), actor);
    }

    /**
     * An approved segment-level text with its merge fields filled for each member of the segment: the first
     * name and the customer's own "picked for you" products.
     */
    public List<Map<String, Object>> rollout(long id, java.util.function.BiConsumer<Integer, Integer> progress) {
        ContentItem item = get(id);
        ContentStatus status = item.review().status();
        if (status != ContentStatus.APPROVED && status != ContentStatus.USED) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Content " + id + " is " + status.wireName() + "; only approved content can be sent",
                    Map.of("id", String.valueOf(id)));
        }
        if (item.target().segment() == null) {
            throw MarketPilotException.invalid("Content " + id + " was written for one customer, not a segment");
        }
        Copy template = new Copy(Channel.parse(item.target().channel()), CopyParser.storedFields(item.fields()));
        BriefContext context = briefs.context();
        List<String> members = briefs.members(item.target().segment(), context);
        List<Map<String, Object>> rows = new ArrayList<>(members.size());
        for (String customerId : members) {
            var recipient = briefs.recipient(customerId, item.target().language(), context);
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("customer_id", customerId);
            row.put("content_id", id);
            row.put(
                    "fields",
                    io.marketpilot.content.scale.MergeFields.fill(
                                    template, recipient, item.target().language())
                            .fields());
            rows.add(row);
            progress.accept(rows.size(), members.size());
        }
        return rows;
    }

    /** Customer ids of a segment (number or persona name) in the latest run. */
    public List<String> members(String segment, BriefContext context) {
        return briefs.members(segment, context);
    }

    /** The latest run and the recommendation model, to share across many briefs. */
    public BriefContext context() {
        return briefs.context();
    }

    public ContentItem get(long id) {
        return items.find(id).orElseThrow(() -> MarketPilotException.notFound("Content", String.valueOf(id)));
    }

    /**
     * The item's wording read now by the maintained word list and, when a model is configured, by the model as a
     * second reader (asked as {@code actor}); used by the campaign review and recorded at a campaign's approval.
     */
    public WordingReview wording(ContentItem item, String actor) {
        String text = new Copy(Channel.parse(item.target().channel()), CopyParser.storedFields(item.fields())).joined();
        String language = item.target().language();
        return new WordingReview(
                item.id(),
                language,
                ExclusionaryWording.standard().find(text),
                models.secondReader().read(text, language, actor));
    }

    /**
     * A reviewer asks for the item's wording to be read again now, by the word list and the second reader; the answer
     * is recorded in the audit log (nothing about the item changes).
     */
    public WordingReview readWording(long id, String actor) {
        WordingReview review = wording(get(id), actor);
        audit.record(actor, "content.wording-review", String.valueOf(id), review.summary());
        return review;
    }

    public Page<ContentItem> list(ContentQuery query) {
        return items.list(query);
    }

    /**
     * Approves a draft; a text with a blocking guardrail finding must be edited first. {@code comment} is the
     * reviewer's note, null when they left none.
     */
    public ContentItem approve(long id, String reviewer, @Nullable String comment) {
        TextRules.requireFits("comment", comment, FieldLimits.REVIEW_COMMENT);
        ContentItem item = get(id);
        if (StoredEvaluation.fromJson(item.evaluation()).blocked()) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Content " + id
                            + " has guardrail errors (limits, banned phrases, claims or language): edit it first",
                    Map.of("id", String.valueOf(id)));
        }
        ContentItem done = items.review(id, ContentStatus.APPROVED, reviewer, comment, LocalDateTime.now(clock));
        audit.record(reviewer, "content.approve", String.valueOf(id), comment == null ? "" : comment);
        return done;
    }

    /** Rejects a draft; {@code comment} is the reviewer's note, null when they left none. */
    public ContentItem reject(long id, String reviewer, @Nullable String comment) {
        TextRules.requireFits("comment", comment, FieldLimits.REVIEW_COMMENT);
        ContentItem done = items.review(id, ContentStatus.REJECTED, reviewer, comment, LocalDateTime.now(clock));
        audit.record(reviewer, "content.reject", String.valueOf(id), comment == null ? "" : comment);
        return done;
    }

    /**
     * Records that an approved text went out in a campaign; the workflow refuses anything not approved, and a
     * missing (null) or blank campaign.
     */
    public ContentItem use(long id, @Nullable String campaign, String actor) {
        if (campaign == null || campaign.isBlank()) {
            throw MarketPilotException.invalid("Name the campaign the content is used in");
        }
        TextRules.requireFits("campaign", campaign.strip(), FieldLimits.NAME);
        ContentItem done = items.markUsed(id, campaign.strip());
        audit.record(actor, "content.use", String.valueOf(id), campaign.strip());
        return done;
    }

    public ContentItem win(long id, String actor) {
        ContentItem done = items.markWon(id);
        audit.record(actor, "content.win", String.valueOf(id), "");
        return done;
    }

    /** Replaces a text's fields with a reviewer's edit, re-checks and re-scores it; it goes back to draft. */
    public ContentItem edit(long id, Map<String, Object> fields, String actor) {
        ContentItem item = get(id);
        Channel channel = Channel.parse(item.target().channel());
        Copy copy = new Copy(channel, fields);
        String json = CopyParser.toJson(copy);
        if (json.length() > FieldLimits.CONTENT_FIELDS) {
            throw TextRules.tooLong("fields (as JSON)", json.length(), FieldLimits.CONTENT_FIELDS);
        }
        String network = StoredEvaluation.fromJson(item.evaluation()).network();
        List<String> keywords = item.target().productId() == null
                ? List.of()
                : briefs.productName(item.target().productId(), item.target().language());
        VariantEvaluator.Evaluation e = models.evaluator()
                .evaluate(copy, item.target().language(), SocialNetwork.parse(network), voice(), keywords);
        ContentItem done = items.edit(id, json, new StoredEvaluation(e.scores(), e.findings(), network).toJson());
        audit.record(actor, "content.edit", String.valueOf(id), "");
        return done;
    }

    /** The saved brand voice, or the standard one until somebody saves theirs. */
    public BrandVoice voice() {
        return voices.find().orElse(BrandVoice.standard());
    }

    public BrandVoice saveVoice(BrandVoice voice, String actor) {
        voice.requireWithinLimits();
        BrandVoice stamped = new BrandVoice(
                voice.description(),
                voice.preferredWords(),
                voice.avoidedWords(),
                voice.bannedPhrases(),
                voice.examples(),
                LocalDateTime.now(clock),
                actor);
        voices.save(stamped);
        audit.record(actor, "content.brand-voice", "default", "");
        return voice();
    }

    /** Every approved or used text, for training-data export. */
    public List<ContentItem> approved() {
        return items.approved();
    }

    ContentBriefs briefs() {
        return briefs;
    }

    ContentModels models() {
        return models;
    }
}
