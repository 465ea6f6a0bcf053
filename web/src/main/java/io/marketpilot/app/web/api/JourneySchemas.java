package io.marketpilot.app.web.api;

import io.marketpilot.app.journey.JourneyApplied;
import io.marketpilot.app.journey.JourneyDetail;
import io.marketpilot.app.journey.JourneyReport;
import io.marketpilot.app.journey.JourneyValidation;
import io.marketpilot.app.journey.JourneyView;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON schemas of the journey endpoints: the answers are the journey service's records, the body is the journey. */
final class JourneySchemas {
    private JourneySchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "JourneyDefinition",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "A journey: id, name, trigger, steps, and optionally goal, reEntry and holdout, as"
                                + " docs/journeys/welcome.json shows; unknown fields are refused"));
        s.put(
                "Journey",
                RecordSchemas.of(
                        JourneyView.class,
                        "A journey as the CLI's --format json prints it too",
                        "status",
                        "active or paused",
                        "latestVersion",
                        "The version new customers enter"));
        s.put("JourneyList", Map.of("type", "array", "items", OpenApiSchemas.ref("Journey")));
        s.put(
                "JourneyApplied",
                RecordSchemas.of(
                        JourneyApplied.class,
                        "What applying the journey did",
                        "changed",
                        "Whether a new version was stored"));
        s.put(
                "JourneyDetail",
                RecordSchemas.of(
                        JourneyDetail.class,
                        "One journey with its versions",
                        "definition",
                        "The latest version's JSON",
                        "inJourney",
                        "Customers in it now"));
        s.put(
                "JourneyValidation",
                RecordSchemas.of(
                        JourneyValidation.class,
                        "Whether the journey is valid, with every problem's JSON path",
                        "problems",
                        "Each problem's path (e.g. $.steps[2].duration) and message"));
        s.put(
                "JourneyReport",
                RecordSchemas.of(
                        JourneyReport.class,
                        "What the journey did, per step and against its holdout",
                        "steps",
                        "Per step, over every version that has it",
                        "verdict",
                        "What the figures show, in a sentence"));
        return s;
    }
}
