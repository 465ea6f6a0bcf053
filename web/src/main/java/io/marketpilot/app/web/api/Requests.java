package io.marketpilot.app.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.marketpilot.app.web.Json;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.page.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed values out of requests, answering bad input with a clear 400: JSON bodies are read at most
 * {@link #MAX_JSON_BYTES} (413 beyond), every string in them checked by {@link CheckedJsonParser}, and the records
 * they become check their own field limits.
 */
public final class Requests {
    /**
     * The largest JSON body: room for the longest stored text (a review's 1,000,000 characters, up to 6 bytes each
     * when written as JSON escapes) and for a batch of events, and no more, since a body is read into memory.
     */
    static final int MAX_JSON_BYTES = 8 * 1024 * 1024;

    private static final ObjectMapper JSON = Json.mapper();

    private Requests() {}

    static PageRequest page(Context ctx) {
        return new PageRequest(intParam(ctx, "offset", 0), intParam(ctx, "limit", 50), ctx.queryParam("q"));
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid(
                    "Query parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v != null && (v.isEmpty() || v.equalsIgnoreCase("true") || v.equals("1"));
    }

    /** The body as a {@code type}; an empty body or JSON {@code null} is refused. */
    static <T> T body(Context ctx, Class<T> type) {
        return optionalBody(ctx, type)
                .orElseThrow(() ->
                        MarketPilotException.invalid("The request body is empty; send a JSON " + type.getSimpleName()));
    }

    /** The body as a {@code type}, or empty when there is none (no bytes, only whitespace, or JSON {@code null}). */
    static <T> Optional<T> optionalBody(Context ctx, Class<T> type) {
        return parse(bytes(ctx), type);
    }

    /**
     * The body's bytes as received (at most {@link #MAX_JSON_BYTES}), for a handler that checks a signature over them
     * before reading them with {@link #parse}.
     */
    static byte[] rawBody(Context ctx) {
        return bytes(ctx);
    }

    /** Bytes of a JSON body as a {@code type}, or empty when there is none, checked as {@link #optionalBody} does. */
    static <T> Optional<T> parse(byte[] bytes, Class<T> type) {
        if (isBlank(bytes)) {
            return Optional.empty();
        }
        try (JsonParser parser = new CheckedJsonParser(JSON.getFactory().createParser(bytes))) {
            T value = JSON.readValue(parser, type);
            return value instanceof JsonNode node && node.isNull() ? Optional.empty() : Optional.ofNullable(value);
        } catch (IOException | MarketPilotException e) {
            throw refusal(e, type.getSimpleName());
        }
    }

    /** The body as a JSON tree, for handlers that take several shapes (and the MCP server's JSON-RPC messages). */
    public static JsonNode tree(Context ctx) {
        return body(ctx, JsonNode.class);
    }

    /**
     * The body's bytes, refusing more than {@link #MAX_JSON_BYTES} with 413: by the declared length before reading
     * anything, and while reading when the length is not declared (chunked).
     */
    private static byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_JSON_BYTES) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_JSON_BYTES + 1);
            if (bytes.length > MAX_JSON_BYTES) {
                throw tooLarge(-1);
            }
            return bytes;
        } catch (IOException e) {
            throw MarketPilotException.invalid("The request body could not be read: " + e.getMessage());
        }
    }

    private static MarketPilotException tooLarge(long declared) {
        return new MarketPilotException(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + MAX_JSON_BYTES + " bytes, the most a JSON body may hold",
                Map.of("limit", MAX_JSON_BYTES, "length", declared));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * What to answer for a body that could not be read: the field-naming refusal of the checked parser or of a
     * record's constructor when there is one (Jackson wraps them), else the parser's own message.
     */
    private static MarketPilotException refusal(Exception e, String typeName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarketPilotException mp) {
                return mp;
            }
        }
        String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return MarketPilotException.invalid("The body is not a valid JSON " + typeName + ": " + reason);
    }
}
