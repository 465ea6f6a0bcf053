package io.marketpilot.app.web.dashboard;

import io.marketpilot.core.access.ApiKey;
import io.marketpilot.core.audit.AuditEntry;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.domain.Review;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.store.SalesAnalytics;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.imports.RowError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The view models of the dashboard's templates, one record per page. */
public final class Pages {
    private Pages() {}

    /** The sign-in form; {@code error} is null until a sign-in failed. */
    public record Login(@Nullable String error) {}

    /** The overview; {@code atRisk} and {@code nextWeeksRevenue} are null while there is too little history to fit. */
    public record Overview(
            Frame frame,
            SalesAnalytics.Kpis kpis,
            String revenueJson,
            List<SalesAnalytics.ProductRevenue> top,
            @Nullable Integer atRisk,
            @Nullable Double nextWeeksRevenue) {}

    public record Customers(Frame frame, Page<Customer> page, String query) {}

    /** A customer's page; {@code outlook} and {@code sendTime} are null for customers without sales. */
    public record CustomerDetail(
            Frame frame,
            Customer customer,
            java.util.Map<String, String> attributes,
            SalesAnalytics.CustomerSummary summary,
            List<Order> orders,
            List<Review> reviews,
            io.marketpilot.app.insight.StorePredictions.@Nullable CustomerOutlook outlook,
            @Nullable String sendTime,
            List<Suggestion> recommendations,
            List<io.marketpilot.app.campaign.ConsentLine> consent,
            List<io.marketpilot.core.campaign.CampaignEvent> campaignEvents) {}

    /** A recommended or similar product, named, with the reason. */
    public record Suggestion(String productId, String name, String reason) {}

    public record Recommendations(
            Frame frame,
            io.marketpilot.app.insight.StoreRecommendations.Model model,
            List<io.marketpilot.core.store.RecommenderVersions.Version> history,
            String customerId,
            List<Suggestion> suggestions,
            String productId,
            List<Suggestion> similar) {}

    public record Products(Frame frame, Page<Product> page, String query) {}

    public record ProductDetail(
            Frame frame, Product product, String revenueJson, List<Review> reviews, List<Suggestion> similar) {}

    public record Data(
            Frame frame,
            boolean admin,
            boolean canImport,
            List<AuditEntry> audit,
            List<ApiKey> keys,
            List<io.marketpilot.app.jobs.Published.Status> models,
            List<io.marketpilot.app.jobs.JobRun> jobs) {}

    public record Predictions(
            String forecastJson,
            Frame frame,
            java.util.Map<String, Object> parameters,
            List<io.marketpilot.app.insight.AtRiskCustomer> atRisk,
            int customers) {}

    public record Insights(
            Frame frame,
            String model,
            String monthsJson,
            List<io.marketpilot.core.store.ReviewSentiments.LanguageCoverage> coverage,
            List<io.marketpilot.core.store.ReviewSentiments.Scored> mostNegative,
            String productId,
            String language,
            List<Product> products,
            String segment,
            String from,
            String to,
            String emotionsJson,
            String aspectsJson,
            List<java.util.Map<String, Object>> topics,
            List<java.util.Map<String, Object>> risingTopics,
            String trendRule,
            int topicCount,
            List<io.marketpilot.app.classify.ReviewClasses> classifiers) {}

    /** The segments page; {@code run} is null before the first segmentation, {@code kChoice} as below. */
    public record Segments(
            Frame frame,
            io.marketpilot.core.store.SegmentationRuns.@Nullable Run run,
            List<SegmentCard> cards,
            String pointsJson,
            String segmentsJson,
            String method,
            @Nullable KChoiceView kChoice) {}

    /**
     * Why the run has its k: the sentence, the rule and silhouette and inertia per k tried; null for runs stored
     * before the choice was recorded.
     */
    public record KChoiceView(String explanation, String rule, List<KRow> rows) {}

    /** One k tried: its scores, formatted, and what it is in the choice ("chosen", "elbow"…). */
    public record KRow(int k, String silhouette, String inertia, String note) {}

    /** One persona card; churn risk and CLV are means over the members the CLV model knows (null otherwise). */
    public record SegmentCard(
            int segment,
            String name,
            String description,
            int size,
            double share,
            double revenueShare,
            List<String> traits,
            List<String> topCategories,
            List<String> topProducts,
            List<String> angles,
            @Nullable Double churnRisk,
            @Nullable Double clv) {}

    /** What an upload did: its report, or the error that stopped it (with the first row errors, if any). */
    public record ImportResult(
            @Nullable ImportReport report, @Nullable String error, List<RowError> errors, int moreErrors) {}
}
