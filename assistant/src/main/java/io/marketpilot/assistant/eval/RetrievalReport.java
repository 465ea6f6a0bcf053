package io.marketpilot.assistant.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Retrieval quality over a set of labelled queries.
 *
 * @param recallAt1 share of queries whose FAQ entry ranks first
 * @param recallAtK share of queries whose FAQ entry is in the top k
 * @param mrr mean reciprocal rank of the entry within the top k (0 when it is not there), i.e. MRR@k
 * @param embedding the embedding models used (provenance)
 */
public record RetrievalReport(
        @JsonProperty("mode") String mode,
        @JsonProperty("k") int k,
        @JsonProperty("entries") int entries,
        @JsonProperty("queries") int queries,
        @JsonProperty("recall_at_1") double recallAt1,
        @JsonProperty("recall_at_k") double recallAtK,
        @JsonProperty("mrr") double mrr,
        @JsonProperty("embedding") String embedding,
        @JsonProperty("seconds") double seconds) {}
