package io.marketpilot.assistant.kb;

/**
 * A retrieved chunk with how it was found.
 *
 * @param score the fused reciprocal-rank score (or the single ranking's score in BM25-only / vector-only mode)
 * @param similarity cosine similarity between the query and the chunk in their shared embedding space, 0 when
 *     they are in different languages; what answer confidence is judged on
 * @param lexicalRank 1-based rank in the BM25 list, 0 when absent
 * @param vectorRank 1-based rank in the vector list, 0 when absent
 */
public record Passage(Chunk chunk, double score, double similarity, int lexicalRank, int vectorRank) {}
