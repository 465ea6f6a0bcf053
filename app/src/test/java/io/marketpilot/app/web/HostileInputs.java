package io.marketpilot.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a hostile or careless client sends, drawn from a seeded {@link Random}: control characters, lone surrogates,
 * invisible text, traversal, strings over every column width of the store, numbers at the edges, JSON of the wrong
 * shape and deep nesting.
 */
final class HostileInputs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> TRICKY = List.of(
            "",
            " ",
            "\u0000",
            "id\u0000x",
            "\ud800",
            "x\udc00y",
            "\u200b",
            " \u200b\t\n ",
            "\u202e\u2066",
            "\ufeff",
            "\u0007\u001b[31m",
            "a\tb\r\nc",
            "日本語のテキスト",
            "退货 🎉",
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "%00",
            "%2e%2e%2f",
            "' OR '1'='1",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}",
            "null",
            "NaN",
            "-1",
            "1e999",
            "2024-02-30",
            "+99999-01-01T00:00:00",
            "\r\nX-Injected: 1",
            "\uffff\ufffe");

    /** Escapes that are not valid UTF-8: a lone surrogate, overlong dots, a stray byte, a cut sequence; and NUL. */
    static final List<String> BAD_ESCAPES = List.of("%ED%A0%80", "%C0%AE%C0%AE", "%FF", "%E6%97", "%00");

    /** Just over the store's column widths (64, 100, 200, 320, 500, 1,000, 4,000, 10,000, 20,000, 1,000,000). */
    private static final int[] LENGTHS = {
        65, 101, 201, 321, 501, 1_001, 2_001, 4_001, 10_001, 20_001, 100_001, 1_000_001
    };

    private static final String[] FILLERS = {"x", "é", "日", "\u200b", "a\u0000", "🎉"};

    private final Random random;

    HostileInputs(Random random) {
        this.random = random;
    }

    String string() {
        return random.nextInt(10) < 6 ? pick(TRICKY) : longString();
    }

    String longString() {
        String filler = random.nextInt(3) == 0 ? FILLERS[random.nextInt(FILLERS.length)] : "x";
        int length = LENGTHS[random.nextInt(LENGTHS.length)];
        return filler.repeat(Math.max(1, length / filler.length()));
    }

    /** A JSON value of any shape, often not the one expected. */
    JsonNode value() {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(pick(List.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, 2_147_483_648L)));
            case 3 -> NODES.numberNode(pick(List.of(-0.0, 1e308, -1e308, 4.9e-324, 0.5)));
            case 4 -> NODES.numberNode(new java.math.BigInteger("9".repeat(400)));
            case 5 -> NODES.arrayNode().add(string()).add(NODES.numberNode(1));
            case 6 -> NODES.objectNode().put(string(), string());
            case 7 -> deep(50 + random.nextInt(900));
            default -> NODES.textNode(string());
        };
    }

    /** Text nested deeper than a JSON writer would write it: arrays or objects, up to 100,000 levels. */
    String deepText() {
        int depth = pick(List.of(1_001, 5_000, 100_000));
        return random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** Arrays or objects nested {@code depth} deep. */
    JsonNode deep(int depth) {
        JsonNode inner = NODES.textNode("bottom");
        boolean arrays = random.nextBoolean();
        for (int i = 0; i < depth; i++) {
            inner = arrays ? NODES.arrayNode().add(inner) : NODES.objectNode().set("a", inner);
        }
        return inner;
    }

    /** The body with one to three of its values replaced by hostile ones, and sometimes a field it does not know. */
    JsonNode mutate(JsonNode body) {
        JsonNode copy = body.deepCopy();
        List<ContainerNode<?>> holders = new ArrayList<>();
        collect(copy, holders);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations && !holders.isEmpty(); i++) {
            ContainerNode<?> holder = pick(holders);
            if (holder instanceof ObjectNode o && !o.isEmpty()) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                o.set(pick(names), value());
            } else if (holder instanceof ArrayNode a && !a.isEmpty()) {
                a.set(random.nextInt(a.size()), value());
            }
        }
        if (copy instanceof ObjectNode o && random.nextInt(5) == 0) {
            o.set(string(), value());
        }
        return copy;
    }

    /** The body with one of its strings made longer than its column, so that every width is tried, one at a time. */
    JsonNode stretch(JsonNode body) {
        JsonNode copy = body.deepCopy();
        List<ContainerNode<?>> holders = new ArrayList<>();
        collect(copy, holders);
        List<Runnable> stretches = new ArrayList<>();
        for (ContainerNode<?> holder : holders) {
            if (holder instanceof ObjectNode o) {
                o.properties().stream()
                        .filter(p -> p.getValue().isTextual())
                        .map(java.util.Map.Entry::getKey)
                        .toList()
                        .forEach(name -> stretches.add(() -> o.put(name, longString())));
            } else if (holder instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    int index = i;
                    if (a.get(i).isTextual()) {
                        stretches.add(() -> a.set(index, NODES.textNode(longString())));
                    }
                }
            }
        }
        if (!stretches.isEmpty()) {
            pick(stretches).run();
        }
        return copy;
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> holders) {
        if (node instanceof ContainerNode<?> c) {
            holders.add(c);
            node.forEach(child -> collect(child, holders));
        }
    }

    /** A path segment: percent-encoded hostile text, traversal or an over-long id. */
    String pathSegment() {
        return switch (random.nextInt(7)) {
            case 0 -> "..%2F..%2Fetc%2Fpasswd";
            case 1 -> "%2e%2e";
            case 2 -> "x".repeat(pick(List.of(65, 101, 2_000, 6_000)));
            case 3 -> "id" + pick(BAD_ESCAPES);
            default -> encode(pick(TRICKY));
        };
    }

    /** A query value for a parameter of the given OpenAPI type: sometimes fitting, mostly not. */
    String queryValue(String type) {
        if (random.nextInt(4) == 0) {
            return switch (type) {
                case "integer" -> pick(List.of("0", "1", "-1", "500", "501", "2147483648", "1.5", "0x10"));
                case "boolean" -> pick(List.of("true", "false", "yes", "2"));
                default -> "fuzz";
            };
        }
        return switch (random.nextInt(6)) {
            case 0 -> "x".repeat(65 + random.nextInt(3_000));
            case 1 -> "q" + pick(BAD_ESCAPES);
            default -> encode(pick(TRICKY));
        };
    }

    /** A content type: usually the declared one, sometimes wrong, malformed or missing. */
    String contentType(String declared) {
        if (random.nextInt(4) != 0) {
            return declared;
        }
        return pick(java.util.Arrays.asList(
                null,
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data",
                "multipart/form-data; boundary=",
                "application/json; charset=utf-16",
                "application/xml",
                "x/y; =;",
                "application/json"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
