package io.marketpilot.app.insight;

import io.marketpilot.text.emotion.EmotionOutcome;
import io.marketpilot.text.emotion.EmotionService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Emotion of texts as result rows ({@code id, label, confidence, scores, model}) or a per-row error. */
public final class EmotionAnalysis {
    private final ListeningModels models;

    public EmotionAnalysis(ListeningModels models) {
        this.models = models;
    }

    public List<Map<String, Object>> rows(List<String> ids, List<String> texts) {
        EmotionService service = models.emotion();
        EmotionOutcome[] outcomes = new EmotionOutcome[texts.size()];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i) == null ? "" : texts.get(i);
            if (text.length() > SentimentAnalysis.MAX_CHARS) {
                outcomes[i] = new EmotionOutcome.NotClassified(
                        "text longer than " + SentimentAnalysis.MAX_CHARS + " characters", "und");
            } else {
                todo.add(i);
            }
        }
        for (int from = 0; from < todo.size(); from += SentimentAnalysis.BATCH) {
            List<Integer> chunk = todo.subList(from, Math.min(todo.size(), from + SentimentAnalysis.BATCH));
            try {
                List<EmotionOutcome> out = service.analyzeAll(chunk.stream()
                        .map(i -> texts.get(i) == null ? "" : texts.get(i))
                        .toList());
                for (int j = 0; j < chunk.size(); j++) {
                    outcomes[chunk.get(j)] = out.get(j);
                }
            } catch (RuntimeException batchFailed) {
                for (int i : chunk) {
                    try {
                        outcomes[i] = service.analyze(texts.get(i));
                    } catch (RuntimeException e) {
                        outcomes[i] = new EmotionOutcome.NotClassified(
                                "model " + service.model() + " could not read this text: "
                                        + e.getClass().getSimpleName(),
                                "und");
                    }
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", ids.get(i));
            switch (outcomes[i]) {
                case EmotionOutcome.Classified c -> {
                    row.put("label", c.score().label());
                    row.put("confidence", c.score().confidence());
                    row.put("scores", c.score().scores());
                    row.put("model", c.score().model());
                }
                case EmotionOutcome.NotClassified n -> {
                    row.put("language", n.language());
                    row.put("error", n.reason());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    public String model() {
        return models.emotion().model();
    }
}
