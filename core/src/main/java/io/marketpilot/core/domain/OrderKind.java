package io.marketpilot.core.domain;

/** Whether an order is a sale, a return (credit note) or a manual adjustment from the source system. */
public enum OrderKind {
    SALE,
    RETURN,
    ADJUSTMENT;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
