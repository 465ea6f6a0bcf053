package io.marketpilot.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives itself, before any route runs (a path with an encoded NUL or an ambiguous separator, a URI
 * or headers too long), as the same JSON {@code {error, code, details}} as every other error instead of an HTML page.
 */
final class JsonErrorPages extends ErrorHandler {
    JsonErrorPages() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        return ByteBuffer.wrap(json(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(
            Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
            throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json(code, message).getBytes(StandardCharsets.UTF_8));
        baseRequest.setHandled(true);
    }

    private static String json(int status, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        String plain = HttpStatus.getMessage(status);
        body.put(
                "error",
                status >= 500
                        ? ErrorHandling.INTERNAL_FAILURE
                        : "The request could not be read: " + (reason == null || reason.isBlank() ? plain : reason));
        body.put("code", ErrorHandling.codeFor(status));
        body.put("details", Map.of("status", status));
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
