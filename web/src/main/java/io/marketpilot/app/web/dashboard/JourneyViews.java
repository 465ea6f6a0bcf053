package io.marketpilot.app.web.dashboard;

import io.marketpilot.app.journey.JourneyDetail;
import io.marketpilot.app.journey.JourneyReport;
import io.marketpilot.app.journey.JourneyValidation;
import io.marketpilot.app.journey.JourneyView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The view models of the Journeys pages. */
public final class JourneyViews {
    private JourneyViews() {}

    /**
     * One row of the journey list: the journey and what its report counts over all versions.
     *
     * @param entered entries, holdout included
     * @param inFlight customers on one of its steps now
     * @param converted entries that reached the goal, holdout included
     */
    public record Row(JourneyView journey, long entered, long inFlight, long converted) {}

    /** The list; {@code canWrite} shows the link to a new journey. */
    public record ListView(Frame frame, List<Row> rows, boolean canWrite, String message) {}

    /**
     * The JSON editor: the text shown, and what the last Validate or Apply said of it.
     *
     * @param journeyId the journey whose page holds the editor; empty on the new-journey page
     * @param checked whether the text was validated (or applied and refused) on this request
     * @param outcome a sentence on the result, e.g. "valid: journey welcome"; empty when not checked
     */
    public record Editor(
            String journeyId, String json, boolean checked, List<JourneyValidation.Problem> problems, String outcome) {
        public Editor {
            problems = List.copyOf(problems);
        }

        static Editor showing(String journeyId, String json) {
            return new Editor(journeyId, json, false, List.of(), "");
        }
    }

    /** One step of the step list: its id, what it does, and its counts (over every version that has it). */
    public record StepRow(String stepId, String what, JourneyReport.StepFigures figures) {}

    /** A journey's page: facts, versions, the step list with counts, the lift over the holdout, the editor. */
    public record Detail(
            Frame frame,
            JourneyDetail detail,
            JourneyReport report,
            List<StepRow> steps,
            boolean canWrite,
            Editor editor,
            String message) {
        public boolean paused() {
            return detail.journey().status().equals("paused");
        }

        /** The conversion rate of the entries outside the holdout, or null when there were none. */
        public @Nullable Double conversion() {
            return rate(report.converted(), report.entered());
        }

        /** The holdout's conversion rate, or null when nobody was held out. */
        public @Nullable Double holdoutConversion() {
            return rate(report.holdoutConverted(), report.holdoutEntered());
        }
    }

    /** The page of a journey not stored yet: the editor with a template. */
    public record New(Frame frame, Editor editor) {}

    static @Nullable Double rate(long converted, long entered) {
        return entered == 0 ? null : (double) converted / entered;
    }
}
