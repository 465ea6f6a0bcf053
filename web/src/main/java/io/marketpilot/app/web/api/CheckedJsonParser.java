package io.marketpilot.app.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.TextRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a request body as Jackson does while checking every string and field name against {@link TextRules}, so
 * that no handler sees NUL, another control character or a lone surrogate, whatever the body's shape. Fields named
 * {@code id} or ending in {@code Id} are identifiers and take no control characters at all; other strings are free
 * text and may hold tab, line feed and carriage return. A refusal names the field by its path in the body.
 */
final class CheckedJsonParser extends JsonParserDelegate {
    CheckedJsonParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            String parent = path(getParsingContext().getParent());
            String where = parent.isEmpty() ? "A field name in the body" : "A field name in the body's " + parent;
            check(currentName(), TextRules.Kind.IDENTIFIER, where, parent);
        } else if (token == JsonToken.VALUE_STRING) {
            String field = path(getParsingContext());
            String where = "The body's " + (field.isEmpty() ? "value" : "field " + field);
            check(getText(), kindOf(currentName()), where, field);
        }
        return token;
    }

    /** The delegate's own {@code nextValue} would read past this class's checks. */
    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    private static void check(String text, TextRules.Kind kind, String where, String field) {
        TextRules.problem(text, kind).ifPresent(problem -> {
            throw new MarketPilotException(ErrorCode.INVALID_INPUT, where + " " + problem, Map.of("field", field));
        });
    }

    private static TextRules.Kind kindOf(String fieldName) {
        boolean identifier = fieldName != null && (fieldName.equals("id") || fieldName.endsWith("Id"));
        return identifier ? TextRules.Kind.IDENTIFIER : TextRules.Kind.FREE_TEXT;
    }

    /** {@code lines[2].productId}: the place in the body, readable where a JSON pointer is not. */
    static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.addFirst("." + c.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
