package io.marketpilot.journeys.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.journeys.definition.JourneyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JourneyCodecPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<JourneyDefinition> journeys() {
        return JourneyArbitraries.journeys();
    }

    @Property(tries = 500)
    void everyJourneyReadsBackEqualFromWhatItWrites(@ForAll("journeys") JourneyDefinition journey) {
        String json = JourneyCodec.write(journey);

        assertThat(JourneyCodec.read(json)).isEqualTo(journey);
        assertThat(JourneyCodec.write(JourneyCodec.read(json))).isEqualTo(json);
    }

    /**
     * A journey's JSON with one value somewhere replaced by a wrong kind of value, or one field removed, is either read
     * (the field was optional, or the value happened to fit) or refused with only {@link MarketPilotException}s whose
     * problems each name a path that exists in the document, or its parent does (a missing field).
     */
    @Property(tries = 500)
    void aDamagedJourneyIsRefusedWithPathsIntoTheDocument(
            @ForAll("journeys") JourneyDefinition journey, @ForAll long seed) throws Exception {
        JsonNode tree = JSON.readTree(JourneyCodec.write(journey));
        damage(tree, new Random(seed));

        Throwable thrown = catchThrowable(() -> JourneyCodec.read(JSON.writeValueAsString(tree)));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(MarketPilotException.class);
            List<JsonProblem> problems = JourneyCodec.problems((MarketPilotException) thrown);
            assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(resolves(tree, p.path()))
                    .as(p.toString())
                    .isTrue());
        }
    }

    private static void damage(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.properties().forEach(e -> names.add(e.getKey()));
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.put(name, "nonsense value");
                case 2 -> object.put(name, -1.5);
                default -> object.putArray(name);
            }
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), JSON.getNodeFactory().booleanNode(true));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }

    /** Whether a problem's path leads into the document, or to a field missing from an object that is there. */
    private static boolean resolves(JsonNode root, String path) {
        if (!path.startsWith("$")) {
            return false;
        }
        JsonNode at = root;
        String rest = path.substring(1);
        while (!rest.isEmpty()) {
            if (at == null) {
                return false;
            }
            if (rest.startsWith("['")) {
                // a quoted member name: read to the closing quote, undoing \\ and \'
                StringBuilder name = new StringBuilder();
                int i = 2;
                for (; rest.charAt(i) != '\''; i++) {
                    name.append(rest.charAt(i) == '\\' ? rest.charAt(++i) : rest.charAt(i));
                }
                boolean lastSegment = i + 2 == rest.length();
                JsonNode child = at.get(name.toString());
                if (child == null) {
                    return lastSegment && at.isObject();
                }
                at = child;
                rest = rest.substring(i + 2);
            } else if (rest.startsWith("[")) {
                int close = rest.indexOf(']');
                at = at.get(Integer.parseInt(rest.substring(1, close)));
                rest = rest.substring(close + 1);
            } else if (rest.startsWith(".")) {
                int end = 1;
                while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
                    end++;
                }
                boolean lastSegment = end == rest.length();
                JsonNode child = at.get(rest.substring(1, end));
                if (child == null) {
                    return lastSegment && at.isObject();
                }
                at = child;
                rest = rest.substring(end);
            } else {
                return false;
            }
        }
        return true;
    }
}
