package io.marketpilot.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.TextRules;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before any handler runs, the parameters no handler should see, so that each handler can take its
 * parameters as text: path and query parameters and dashboard form fields holding NUL, another control character or a
 * lone surrogate, parameters longer than anything they could name, and forms too large to read into memory. Each
 * refusal is a 400 (413 for size) naming the parameter. JSON bodies are checked where they are parsed
 * ({@code web/api/Requests}).
 */
final class InputGuard {
    /** Longer than any id the store holds (100 characters), with room: no longer path parameter names anything. */
    static final int MAX_PATH_PARAMETER = 200;

    /**
     * A signed link's token (the tracking routes' {@code {token}}): a click's carries its target URL, so it may be long;
     * the signer refuses longer ones itself.
     */
    static final int MAX_TOKEN = 4_096;

    /** A search term or a filter; a longer one is not a query anybody typed. */
    static final int MAX_QUERY_PARAMETER = 1_000;

    /**
     * A dashboard form, read into memory whole: the largest, the brand voice at its limits in Chinese, percent-encoded
     * (9 bytes a character), stays below it.
     */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

    private static final String FORM = "application/x-www-form-urlencoded";

    private InputGuard() {}

    static void install(Javalin javalin) {
        javalin.beforeMatched(InputGuard::check);
    }

    static void check(Context ctx) {
        ctx.pathParamMap()
                .forEach((name, value) -> parameter(
                        "path parameter '" + name + "'", value, name.equals("token") ? MAX_TOKEN : MAX_PATH_PARAMETER));
        ctx.queryParamMap().forEach((name, values) -> {
            parameter("a query parameter's name", name, MAX_QUERY_PARAMETER);
            values.forEach(v -> parameter("query parameter '" + name + "'", v, MAX_QUERY_PARAMETER));
        });
        if (isForm(ctx)) {
            formSize(ctx);
            ctx.formParamMap().forEach(InputGuard::formField);
        }
    }

    private static void parameter(String what, String value, int limit) {
        TextRules.requireClean(what, value, TextRules.Kind.IDENTIFIER);
        TextRules.requireFits(what, value, limit);
    }

    /** Form fields are free text (a brand voice's examples have line breaks); the records check their lengths. */
    private static void formField(String name, List<String> values) {
        TextRules.requireClean("a form field's name", name, TextRules.Kind.IDENTIFIER);
        values.forEach(v -> TextRules.requireClean("form field '" + name + "'", v, TextRules.Kind.FREE_TEXT));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM);
    }

    /** Browsers declare a form's length; a form without one could be any size and would be read whole. */
    private static void formSize(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length < 0) {
            throw new MarketPilotException(ErrorCode.INVALID_INPUT, "A form needs a Content-Length");
        }
        if (length > MAX_FORM_BYTES) {
            throw new MarketPilotException(
                    ErrorCode.PAYLOAD_TOO_LARGE,
                    "The form is larger than " + MAX_FORM_BYTES + " bytes",
                    Map.of("limit", MAX_FORM_BYTES, "length", length));
        }
    }
}
