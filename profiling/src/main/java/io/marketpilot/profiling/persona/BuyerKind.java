package io.marketpilot.profiling.persona;

/** What kind of buyer a segment is, the noun of its persona name. */
enum BuyerKind {
    LOYALISTS("high-value loyalists"),
    GIFT_SHOPPERS("gift shoppers"),
    RETURNERS("frequent returners"),
    ONE_OFF("one-off buyers"),
    BIG_SPENDERS("big spenders"),
    REGULARS("regulars"),
    BARGAIN_HUNTERS("bargain hunters"),
    BROWSERS("browsers"),
    OCCASIONAL("occasional buyers"),
    REPEAT_BUYERS("repeat buyers"),
    CUSTOMERS("customers"),
    /** the one segment of a run without structure: everyone, compared with no one */
    EVERYONE("all customers");

    final String noun;

    BuyerKind(String noun) {
        this.noun = noun;
    }
}
