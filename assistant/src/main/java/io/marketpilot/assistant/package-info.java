/** The support assistant: a Lucene knowledge base (BM25 plus vectors), grounded answers with citations, escalation to a human. */
@NullMarked
package io.marketpilot.assistant;

import org.jspecify.annotations.NullMarked;
