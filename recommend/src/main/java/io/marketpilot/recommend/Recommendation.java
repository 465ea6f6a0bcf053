package io.marketpilot.recommend;

/** One recommended product for a customer: its id, the model's score (higher is better) and a reason to show. */
public record Recommendation(String itemId, double score, String reason) {}
