package io.marketpilot.store.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.core.content.BrandVoiceRepository;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The brand voice as one JSON row; saving replaces it. */
public final class JdbcBrandVoiceRepository implements BrandVoiceRepository {
    private static final String ID = "default";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public JdbcBrandVoiceRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<BrandVoice> find() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM brand_voice WHERE id = ?")
                .bind(0, ID)
                .map((rs, ctx) ->
                        voice(rs.getString("settings"), Sql.dateTime(rs, "updated_at"), rs.getString("updated_by")))
                .findOne());
    }

    @Override
    public void save(BrandVoice voice) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("description", voice.description());
        settings.put("preferredWords", voice.preferredWords());
        settings.put("avoidedWords", voice.avoidedWords());
        settings.put("bannedPhrases", voice.bannedPhrases());
        settings.put("examples", voice.examples());
        String json;
        try {
            json = JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The voice's own limits keep it well inside the column; quoting can still double a text full of quotes.
        if (json.length() > FieldLimits.BRAND_VOICE) {
            throw TextRules.tooLong("the brand voice as JSON", json.length(), FieldLimits.BRAND_VOICE);
        }
        // the services stamp every voice they save; the system zone is the application's clock's (Application)
        LocalDateTime at = voice.updatedAt() == null ? LocalDateTime.now(ZoneId.systemDefault()) : voice.updatedAt();
        String by = voice.updatedBy() == null ? "unknown" : voice.updatedBy();
        db.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM brand_voice WHERE id = ?").bind(0, ID).execute();
            h.createUpdate("INSERT INTO brand_voice (id, settings, updated_at, updated_by) VALUES (?, ?, ?, ?)")
                    .bind(0, ID)
                    .bind(1, json)
                    .bind(2, at)
                    .bind(3, by)
                    .execute();
        });
    }

    private static BrandVoice voice(String json, LocalDateTime at, String by) {
        try {
            JsonNode m = JSON.readTree(json);
            return new BrandVoice(
                    m.path("description").asText(""),
                    texts(m.path("preferredWords")),
                    texts(m.path("avoidedWords")),
                    texts(m.path("bannedPhrases")),
                    texts(m.path("examples")),
                    at,
                    by);
        } catch (JsonProcessingException e) {
            throw new MarketPilotException(ErrorCode.INTERNAL, "The stored brand voice is unreadable");
        }
    }

    /** The texts of a stored list; a missing one is empty. */
    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        for (JsonNode text : list) {
            if (!text.isNull()) {
                texts.add(text.asText());
            }
        }
        return texts;
    }
}
