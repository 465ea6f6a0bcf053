/**
 * The knowledge base: documents (Markdown, HTML, text, PDF, FAQ files, the product catalogue) read into sections,
 * chunked along headings, and indexed in Lucene for BM25 and HNSW vector search fused by reciprocal rank.
 */
@NullMarked
package io.marketpilot.assistant.kb;

import org.jspecify.annotations.NullMarked;
