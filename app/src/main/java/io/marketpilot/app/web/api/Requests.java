package io.marketpilot.app.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.marketpilot.app.web.Json;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.page.PageRequest;
import java.io.IOException;

/** Reads typed values out of requests, answering bad input with a clear 400. */
final class Requests {
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

    static <T> T body(Context ctx, Class<T> type) {
        try {
            T value = JSON.readValue(ctx.bodyAsBytes(), type);
            if (value == null) {
                throw MarketPilotException.invalid("The request body is empty; send a JSON " + type.getSimpleName());
            }
            return value;
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MarketPilotException mp) {
                throw mp;
            }
            throw MarketPilotException.invalid("Invalid " + type.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw MarketPilotException.invalid("The body is not a valid JSON " + type.getSimpleName() + ": "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? j.getOriginalMessage()
                            : e.getMessage()));
        }
    }

    static <T> T[] bodyArray(Context ctx, Class<T[]> type) {
        return body(ctx, type);
    }
}
