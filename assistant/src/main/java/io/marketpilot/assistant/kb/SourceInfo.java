package io.marketpilot.assistant.kb;

import java.time.Instant;

/** One ingested source: its kind, content hash, how many chunks it gave and when it was (re)indexed. */
public record SourceInfo(String source, String kind, String hash, int chunks, Instant ingestedAt) {}
