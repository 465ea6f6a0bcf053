package io.marketpilot.content;

import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.guard.Finding;
import io.marketpilot.content.prompt.Prompt;
import io.marketpilot.core.content.ContentProvenance;
import java.util.List;
import java.util.Map;

/**
 * One generated variant: its angle, the copy, who wrote it, the prompt, its scores and guardrail findings.
 *
 * @param scores readability (with its measure), voiceSimilarity, keywordCoverage, sentiment (absent ones omitted)
 */
public record Variant(
        String angle,
        Copy copy,
        ContentProvenance provenance,
        Prompt prompt,
        Map<String, Object> scores,
        List<Finding> findings) {
    public Variant {
        // insertion order is the display order: readability first, the embedding model last
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
        findings = List.copyOf(findings);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocking);
    }
}
