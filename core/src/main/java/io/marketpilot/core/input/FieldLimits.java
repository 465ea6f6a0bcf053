package io.marketpilot.core.input;

/**
 * The most characters each stored text may hold: the widths of the store's columns (store's {@code db/migration}),
 * declared once here so that the records, the importers and the REST API check the same numbers before the database
 * sees a value. A migration that widens a column changes its number here.
 */
public final class FieldLimits {
    /** customers.id, products.id, orders.id, experiments.id and every column that refers to one of them. */
    public static final int ID = 64;
    /** events.id and reviews.id: often another system's ids, hence wider. */
    public static final int EVENT_ID = 100;

    /** customers.email: the longest address RFC 5321 allows. */
    public static final int EMAIL = 320;
    /** customers.name, api_keys.name, experiments.name, segment names and who-did-it columns. */
    public static final int NAME = 200;
    /** customers.country, customers.city, orders.country. */
    public static final int PLACE = 100;

    /** products.name and products.name_zh. */
    public static final int PRODUCT_NAME = 500;
    /** products.category. */
    public static final int CATEGORY = 200;
    /** products.description and products.description_zh. */
    public static final int DESCRIPTION = 20_000;

    /** events.type. */
    public static final int EVENT_TYPE = 64;
    /** events.properties, which holds the properties as a JSON object. */
    public static final int EVENT_PROPERTIES = 10_000;
    /** events.unit_id: an experiment's unit (a customer, a visitor, a session). */
    public static final int UNIT_ID = 200;
    /** events.variant, experiment_variants.name and experiment_variants.content_id. */
    public static final int VARIANT = 100;

    /** experiments.salt. */
    public static final int SALT = 100;
    /** experiment_variants.payload: what a variant shows when it is not a content variant. */
    public static final int VARIANT_PAYLOAD = 20_000;

    /** reviews.text. */
    public static final int REVIEW_TEXT = 1_000_000;
    /** reviews.channel. */
    public static final int CHANNEL = 64;
    /** reviews.language. */
    public static final int LANGUAGE = 16;

    /** content_items.goal: a generation request's campaign goal. */
    public static final int CONTENT_GOAL = 1_000;
    /** content_items.tone. */
    public static final int CONTENT_TONE = 200;
    /** content_items.fields: a text's fields as JSON. */
    public static final int CONTENT_FIELDS = 20_000;
    /** content_items.review_comment. */
    public static final int REVIEW_COMMENT = 2_000;

    /** support_turns.text: one message of a support conversation. */
    public static final int TURN_TEXT = 20_000;
    /** brand_voice.settings, which holds the whole brand voice as JSON. */
    public static final int BRAND_VOICE = 100_000;

    /** consents.topic, campaigns.topic: a consent topic ("all" or a named one). */
    public static final int TOPIC = 64;
    /** consents.proof: the request id, import file and line, or IP and user agent behind a consent. */
    public static final int CONSENT_PROOF = 1_000;
    /** suppressions.note and campaign send errors: why, in an operator's or a mail server's words. */
    public static final int NOTE = 2_000;
    /** campaigns.audience_rule: a rule over profile features, as the marketer wrote it. */
    public static final int AUDIENCE_RULE = 2_000;
    /** send_queue.lease_owner: the worker holding a claim (host and process). */
    public static final int LEASE_OWNER = 200;
    /** campaign_events.detail: a click's target URL, a conversion's order id. */
    public static final int CAMPAIGN_EVENT_DETAIL = 2_000;

    /** customer_attributes.name: an imported column's normalised name (gender, birthdate, loyaltytier). */
    public static final int ATTRIBUTE_NAME = 64;
    /** customer_attributes.value: one imported value of such a column. */
    public static final int ATTRIBUTE_VALUE = 200;

    private FieldLimits() {}
}
