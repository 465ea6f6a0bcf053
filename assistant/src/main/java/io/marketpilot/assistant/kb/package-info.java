/**
 * The knowledge base: documents (Markdown, HTML, text, PDF, FAQ files, the product catalogue) read into sections,
 * chunked along headings, and indexed in Lucene for BM25 and HNSW vector search fused by reciprocal rank.
 */
package io.marketpilot.assistant.kb;
