package io.marketpilot.app.journey;

import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StorePredictions.CustomerOutlook;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.Trigger;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the journeys' model triggers from the model jobs: each segmentation run hands the entrance every customer's
 * segment in the previous run and in the new one, and each refit of customer value hands it the figures of the build
 * it replaced and of the new one. The previous figures are the process's previous build: a process's first build
 * crosses nothing, as a figure absent before crosses nothing.
 */
public final class ModelTriggers {
    private static final Logger LOG = LoggerFactory.getLogger(ModelTriggers.class);

    private ModelTriggers() {}

    /** Makes the segmentation runs and the customer-value refits fire the journeys' segment and prediction triggers. */
    public static void follow(StoreSegments segments, StorePredictions predictions, JourneyEntrance entrance) {
        segments.onRun(entrance::segmentsChanged);
        predictions
                .model()
                .onRebuilt((previous, next) -> previous.ifPresent(p -> {
                    int entered = refreshed(entrance, p.outlooks(), next.outlooks());
                    LOG.info("journeys=prediction_triggers entered={}", entered);
                }));
    }

    /**
     * Hands the entrance the figures of the customers whose figures changed between two fits, and only when an active
     * journey has a prediction trigger (a million customers' figures are not copied for nothing).
     */
    static int refreshed(
            JourneyEntrance entrance, Map<String, CustomerOutlook> before, Map<String, CustomerOutlook> after) {
        if (!entrance.listensFor(Trigger.PredictionCrosses.class)) {
            return 0;
        }
        Map<String, Map<Prediction, Double>> was = new HashMap<>();
        Map<String, Map<Prediction, Double>> now = new HashMap<>();
        after.forEach((customerId, outlook) -> {
            CustomerOutlook previous = before.get(customerId);
            if (previous != null && !sameFigures(previous, outlook)) {
                was.put(customerId, figures(previous));
                now.put(customerId, figures(outlook));
            }
        });
        return entrance.predictionsRefreshed(was, now);
    }

    /** A customer's figures as the journeys name them. */
    static Map<Prediction, Double> figures(CustomerOutlook outlook) {
        Map<Prediction, Double> figures = new EnumMap<>(Prediction.class);
        figures.put(Prediction.CHURN_RISK, outlook.churnRisk());
        figures.put(Prediction.P_ALIVE, outlook.pAlive());
        figures.put(Prediction.CLV, outlook.clv());
        return figures;
    }

    private static boolean sameFigures(CustomerOutlook a, CustomerOutlook b) {
        return Double.compare(a.pAlive(), b.pAlive()) == 0 && Double.compare(a.clv(), b.clv()) == 0;
    }
}
