package io.marketpilot.llm;

import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmTool;
import io.marketpilot.core.llm.LlmToolCall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers already paid for, keyed by provider, model, the tools offered, the full conversation (tool calls and
 * results included) and the sampling parameters (SHA-256 of all of them, so a key is small whatever the prompt).
 * Bounded: the least recently used answer goes first.
 * Feature and actor are not part of the key: the same prompt gets the same answer whoever asks.
 */
final class ResponseCache {
    private final int capacity;
    private final Map<String, LlmReply> entries;
    private long hits;
    private long misses;

    ResponseCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LlmReply> eldest) {
                return size() > ResponseCache.this.capacity;
            }
        };
    }

    static String key(String provider, String model, LlmRequest request) {
        StringBuilder sb = new StringBuilder();
        field(sb, provider);
        field(sb, model);
        field(sb, Double.toString(request.temperature()));
        field(sb, Integer.toString(request.maxTokens()));
        field(sb, Boolean.toString(request.json()));
        for (LlmTool t : request.tools()) {
            field(sb, t.toString());
        }
        for (LlmMessage m : request.messages()) {
            field(sb, m.role().name());
            field(sb, m.content());
            for (LlmToolCall c : m.toolCalls()) {
                field(sb, c.id());
                field(sb, c.name());
                field(sb, c.arguments());
            }
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // length-prefixed, so that no two different requests serialise alike
    private static void field(StringBuilder sb, String value) {
        sb.append(value.length()).append(':').append(value).append('|');
    }

    synchronized Optional<LlmReply> get(String key) {
        if (capacity == 0) {
            return Optional.empty();
        }
        LlmReply reply = entries.get(key);
        if (reply == null) {
            misses++;
        } else {
            hits++;
        }
        return Optional.ofNullable(reply);
    }

    synchronized void put(String key, LlmReply reply) {
        if (capacity > 0) {
            entries.put(key, reply);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    int capacity() {
        return capacity;
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
