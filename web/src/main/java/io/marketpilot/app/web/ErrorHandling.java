package io.marketpilot.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to JSON {@code {error, code, details}} with the right status for API calls, and to a plain
 * error page for the dashboard. User errors are logged in one line without a stack trace; an unexpected exception is
 * answered {@code {error: "internal failure", code: "internal", details, id}} and logged with its trace under that id.
 */
final class ErrorHandling {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
    static final String INTERNAL_FAILURE = "internal failure";
    private static final SecureRandom INCIDENT_IDS = new SecureRandom();

    private ErrorHandling() {}

    static void install(Javalin app) {
        app.exception(MarketPilotException.class, (e, ctx) -> {
            if (e.code() == ErrorCode.INTERNAL || e.code() == ErrorCode.UNAVAILABLE) {
                LOG.warn(
                        "request={} {} error={} message={}",
                        ctx.method(),
                        ctx.path(),
                        e.code().wireName(),
                        e.getMessage());
            }
            respond(ctx, e.code().httpStatus(), messageOf(e), e.code().wireName(), e.details());
        });
        app.exception(
                ValidationException.class,
                (e, ctx) -> respond(
                        ctx,
                        400,
                        "Invalid " + String.join(", ", e.getErrors().keySet()) + ": not a value of the expected type",
                        ErrorCode.INVALID_INPUT.wireName(),
                        e.getErrors()));
        app.exception(
                HttpResponseException.class,
                (e, ctx) -> respond(ctx, e.getStatus(), messageOf(e), codeFor(e.getStatus()), Map.of()));
        app.exception(Exception.class, (e, ctx) -> {
            String incident = incidentId();
            LOG.error("request={} {} error=internal incident={}", ctx.method(), ctx.path(), incident, e);
            Map<String, Object> body = body(INTERNAL_FAILURE, ErrorCode.INTERNAL.wireName(), Map.of());
            body.put("id", incident);
            ctx.status(500).json(body);
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !isJsonAlready(ctx)) {
                respond(ctx, 404, "No such endpoint: " + ctx.method() + " " + ctx.path(), "not_found", Map.of());
            }
        });
        app.error(405, ctx -> respond(ctx, 405, "Method not allowed", "method_not_allowed", Map.of()));
    }

    /**
     * The message of an error meant for the caller. MarketPilotException and Javalin's HttpResponseException are
     * always made with one; Throwable's type still allows none, which answers as empty text.
     */
    private static String messageOf(RuntimeException e) {
        return Objects.requireNonNullElse(e.getMessage(), "");
    }

    private static boolean isJsonAlready(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null
                && type.contains("json")
                && ctx.result() != null
                && !ctx.result().isEmpty();
    }

    private static void respond(Context ctx, int status, String message, String code, Object details) {
        ctx.status(status).json(body(message, code, details));
    }

    private static Map<String, Object> body(String message, String code, Object details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code);
        body.put("details", details);
        return body;
    }

    /** Quoted to the caller instead of the trace, and logged with it, so an operator can find one from the other. */
    private static String incidentId() {
        byte[] bytes = new byte[4];
        INCIDENT_IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String codeFor(int status) {
        for (ErrorCode c : ErrorCode.values()) {
            if (c.httpStatus() == status) {
                return c.wireName();
            }
        }
        return "http_" + status;
    }
}
