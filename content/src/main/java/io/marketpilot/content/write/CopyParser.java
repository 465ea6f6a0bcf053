package io.marketpilot.content.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a model's answer into a channel's {@link Copy}. Models wrap JSON in prose or code fences despite being
 * told not to, so the outermost {@code {…}} is taken; anything that is not an object with the channel's fields is
 * refused with a message that can be sent back to the model.
 */
public final class CopyParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CopyParser() {}

    public static Copy parse(Channel channel, String answer) {
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        if (start < 0 || end <= start) {
            throw MarketPilotException.invalid("the answer contains no JSON object");
        }
        JsonNode root;
        try {
            root = JSON.readTree(answer.substring(start, end + 1));
        } catch (java.io.IOException e) {
            throw MarketPilotException.invalid("the answer is not valid JSON ("
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? j.getOriginalMessage()
                            : e.getMessage())
                    + ")");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        StringBuilder missing = new StringBuilder();
        for (Channel.FieldSpec f : channel.fields()) {
            JsonNode n = root.get(f.name());
            if (n == null || n.isNull()) {
                missing.append(missing.isEmpty() ? "" : ", ").append(f.name());
                continue;
            }
            if (f.listField()) {
                if (!n.isArray()) {
                    throw MarketPilotException.invalid("\"" + f.name() + "\" must be a JSON array of texts");
                }
                java.util.List<String> items = new java.util.ArrayList<>();
                n.forEach(x -> items.add(x.asText()));
                fields.put(f.name(), items);
            } else {
                if (!n.isValueNode()) {
                    throw MarketPilotException.invalid("\"" + f.name() + "\" must be a text");
                }
                fields.put(f.name(), n.asText());
            }
        }
        if (!missing.isEmpty()) {
            throw MarketPilotException.invalid("the answer lacks the keys " + missing);
        }
        return new Copy(channel, fields);
    }

    /** The copy's fields as a JSON object, the form a content item stores them in. */
    public static String toJson(Copy copy) {
        try {
            return JSON.writeValueAsString(copy.fields());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fields of a stored content item, as {@link #toJson} wrote them: each a text or a list of texts, in order.
     *
     * @throws MarketPilotException (internal) when they are not a JSON object
     */
    public static Map<String, Object> storedFields(String json) {
        try {
            Map<String, Object> fields = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
            return fields == null ? new LinkedHashMap<>() : fields;
        } catch (JsonProcessingException e) {
            throw new MarketPilotException(ErrorCode.INTERNAL, "A stored content item is unreadable");
        }
    }
}
