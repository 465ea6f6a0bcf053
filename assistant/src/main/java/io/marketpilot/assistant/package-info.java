/** The support assistant: a Lucene knowledge base (BM25 plus vectors), grounded answers with citations, escalation to a human. */
package io.marketpilot.assistant;
