package io.marketpilot.app.web.dashboard;

import io.marketpilot.app.classify.ClassifierSummary;
import io.marketpilot.app.jobs.JobRun;
import java.util.List;

/**
 * The Classifiers page's model: every classifier with its versions (newest first) and each version's report, the
 * recent training jobs, and what the last action did.
 *
 * @param message what the last action did; empty when none
 */
public record ClassifiersView(
        Frame frame, List<ClassifiersView.Named> classifiers, List<JobRun> jobs, String message, boolean canTrain) {
    /** One classifier name's versions, each with its training report as text. */
    public record Named(String name, List<Version> versions) {}

    /** A version and its training report (Markdown, shown as text). */
    public record Version(ClassifierSummary summary, String report) {}
}
