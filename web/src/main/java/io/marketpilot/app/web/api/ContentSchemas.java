package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.nullable;
import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.ref;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import io.marketpilot.content.channel.Channel;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.core.input.FieldLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the content endpoints. */
final class ContentSchemas {
    private ContentSchemas() {}

    private static final Map<String, Object> maybeNumber = Map.of("type", List.of("number", "null"));

    /** Every channel's fields, read from the channels themselves: a text holds those of its own channel. */
    private static Map<String, Object> fields() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            for (Channel.FieldSpec f : channel.fields()) {
                String description = channel.wireName() + ": " + f.description();
                properties.put(
                        f.name(),
                        f.listField()
                                ? Map.of("type", "array", "items", Map.of("type", "string"), "description", description)
                                : Map.of("type", "string", "description", description));
            }
        }
        return Map.of(
                "type",
                "object",
                "description",
                "The channel's fields (a text has those of its channel)",
                "properties",
                properties,
                "additionalProperties",
                false);
    }

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        Map<String, Object> strings = Map.of("type", "array", "items", Map.of("type", "string"));
        s.put(
                "GenerateRequest",
                object(
                        List.of("channel"),
                        "channel",
                        str("email, ad, social, sms or product"),
                        "segment",
                        str("Segment number or persona name in the latest run (or give customer)", FieldLimits.NAME),
                        "customer",
                        str("One customer's id (or give segment)", FieldLimits.ID),
                        "product",
                        str("Product id (SKU) to feature; required for product descriptions", FieldLimits.ID),
                        "goal",
                        str("Campaign goal", FieldLimits.CONTENT_GOAL),
                        "tone",
                        str("friendly, formal, playful or urgent", FieldLimits.CONTENT_TONE),
                        "language",
                        str("en (default) or zh"),
                        "network",
                        str("For social: x, instagram, linkedin, facebook or weibo"),
                        "keywords",
                        strings,
                        "variants",
                        Map.of("type", "integer", "description", "1–10, default 3"),
                        "seed",
                        Map.of("type", "integer", "description", "Varies the phrasing")));
        s.put(
                "WordingReview",
                RecordSchemas.of(
                        io.marketpilot.app.content.WordingReview.class,
                        "A text's wording read now: the maintained word list's findings, and the second reader's",
                        "listFindings",
                        "The word list's hits (rule exclusionary-wording, warnings), naming the category and words",
                        "secondReader",
                        "The configured model's reading: status read, not_configured (no model: \"no second reader"
                                + " configured\") or failed (with why, also as a second-reader-failed finding)"));
        s.put(
                "ContentItem",
                object(
                        List.of("id", "channel", "language", "fields", "provider", "model", "status"),
                        "id",
                        Map.of("type", "integer"),
                        "batchId",
                        str("The generation request"),
                        "channel",
                        str("email, ad, social, sms or product"),
                        "language",
                        str("en or zh"),
                        "segment",
                        nullable("string"),
                        "customerId",
                        nullable("string"),
                        "productId",
                        nullable("string"),
                        "createdAt",
                        str("When it was generated"),
                        "goal",
                        nullable("string"),
                        "tone",
                        nullable("string"),
                        "angle",
                        str("The variant's messaging angle"),
                        "fields",
                        ref("ContentFields"),
                        "scores",
                        object(
                                List.of(),
                                "readability",
                                maybeNumber,
                                "readabilityMeasure",
                                str("flesch-reading-ease (English) or zh-sentence-length"),
                                "voiceSimilarity",
                                maybeNumber,
                                "keywordCoverage",
                                maybeNumber,
                                "sentiment",
                                maybeNumber,
                                "embeddingModel",
                                str("The model behind the similarity scores")),
                        "findings",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                object(
                                        List.of("rule", "severity", "message"),
                                        "rule",
                                        str(
                                                "length, banned-phrase, health-claim, avoided-word, language, spam-trigger, sentiment"),
                                        "severity",
                                        str("error (blocks approval) or warning"),
                                        "message",
                                        str("What was found"))),
                        "provider",
                        str("Who wrote it: offline, openai, ollama, …"),
                        "model",
                        str("The model, e.g. composer"),
                        "note",
                        str("Why the path differed, e.g. a fallback or a repair"),
                        "status",
                        str("draft, approved, rejected or used"),
                        "reviewer",
                        nullable("string"),
                        "comment",
                        nullable("string"),
                        "reviewedAt",
                        nullable("string"),
                        "usedIn",
                        nullable("string"),
                        "won",
                        Map.of("type", "boolean")));
        s.put(
                "ContentBatch",
                object(
                        List.of("batchId", "variants"),
                        "batchId",
                        str("Shared by the request's variants"),
                        "droppedNearDuplicates",
                        Map.of("type", "integer"),
                        "embeddingModel",
                        str("The model that judged near-duplicates"),
                        "variants",
                        Map.of("type", "array", "items", ref("ContentItem"))));
        s.put(
                "ContentPage",
                object(
                        List.of("items", "total"),
                        "items",
                        Map.of("type", "array", "items", ref("ContentItem")),
                        "total",
                        Map.of("type", "integer"),
                        "offset",
                        Map.of("type", "integer"),
                        "limit",
                        Map.of("type", "integer")));
        s.put("ContentFields", fields());
        s.put("ContentEdit", object(List.of("fields"), "fields", ref("ContentFields")));
        s.put(
                "ContentReview",
                object(
                        List.of(),
                        "comment",
                        str("The reviewer's comment", FieldLimits.REVIEW_COMMENT),
                        "campaign",
                        str("For use: the campaign", FieldLimits.NAME)));
        s.put(
                "BrandVoice",
                object(
                        List.of(),
                        "description",
                        str("The voice in a sentence or two", BrandVoice.MAX_DESCRIPTION),
                        "preferredWords",
                        strings,
                        "avoidedWords",
                        strings,
                        "bannedPhrases",
                        strings,
                        "examples",
                        strings,
                        "updatedAt",
                        nullable("string"),
                        "updatedBy",
                        nullable("string")));
        return s;
    }
}
