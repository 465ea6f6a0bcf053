package io.marketpilot.core.domain;

/**
 * One line of an order. Quantity is negative on returns; the product may be unknown (e.g. CDNOW records only an
 * amount). {@code amount} is the line total as the source states it.
 */
public record OrderLine(int lineNo, String productId, double quantity, double unitPrice, double amount) {}
