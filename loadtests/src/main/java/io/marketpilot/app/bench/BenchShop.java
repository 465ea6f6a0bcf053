package io.marketpilot.app.bench;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentProvenance;
import io.marketpilot.core.content.ContentReview;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.content.ContentTarget;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the campaign benchmarks put into a store, through the product's own doors: customers with addresses (a
 * customer file import), their e-mail opt-in on every topic (a consent file import, so each has its proof) and one
 * approved e-mail (written and reviewed by two different people, as campaigns require).
 */
final class BenchShop {
    /** When the benchmark's customers opted in. */
    static final String OPTED_IN_AT = "2026-01-01T00:00:00Z";

    private static final String EMAIL_COPY = "{\"subject\":\"New arrivals for you, {{first_name}}\","
            + "\"body\":\"Hi {{first_name}},\\n\\nOur spring collection is in: have a look before it sells out.\","
            + "\"cta\":\"Shop now\"}";

    private BenchShop() {}

    /** Imports (adds or updates) these customers as a MarketPilot customer file; returns the import's summary. */
    static String saveCustomers(Services app, Collection<Customer> customers) {
        StringBuilder csv = new StringBuilder("id,email,name,country,city,signup_date\n");
        for (Customer c : customers) {
            csv.append(quoted(c.id()))
                    .append(',')
                    .append(quoted(c.email()))
                    .append(',')
                    .append(quoted(c.name()))
                    .append(',')
                    .append(quoted(c.country()))
                    .append(',')
                    .append(quoted(c.city()))
                    .append(',')
                    .append(Objects.toString(c.signupDate(), ""))
                    .append('\n');
        }
        // a byte array needs no closing
        return app.importFile(
                        ImportKind.CUSTOMERS, "bench-customers.csv", bytes(csv), false, "bench", ImportProgress.NONE)
                .summary();
    }

    /** Records each customer's e-mail opt-in on every topic, as a consent file import; returns how many. */
    static long optIn(Services app, Collection<String> customerIds) {
        StringBuilder csv = new StringBuilder("customer_id,channel,topic,status,source,at\n");
        for (String id : customerIds) {
            csv.append(quoted(id))
                    .append(",email,all,opted_in,import,")
                    .append(OPTED_IN_AT)
                    .append('\n');
        }
        return app.campaigns
                .consent
                .importFile("bench-consents.csv", bytes(csv), "bench")
                .recorded();
    }

    /** Saves the benchmark's e-mail as a draft and has a second person approve it; returns its id. */
    static long approvedEmail(Services app) {
        LocalDateTime now = LocalDateTime.now(app.clock);
        ContentItem draft = app.stores
                .contentItems()
                .saveAll(List.of(new ContentItem(
                        0,
                        "bench-campaign",
                        now,
                        new ContentTarget("email", "en", "Everyone", null, null, "news", "friendly"),
                        "news",
                        EMAIL_COPY,
                        "",
                        "{}",
                        new ContentProvenance("bench", "hand-written", ""),
                        ContentReview.draft())))
                .getFirst();
        return app.stores
                .contentItems()
                .review(draft.id(), ContentStatus.APPROVED, "bench-reviewer", "", now)
                .id();
    }

    private static InputStream bytes(CharSequence text) {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV field, quoted so that commas and quotes in names and places survive. */
    private static String quoted(@org.jspecify.annotations.Nullable String value) {
        return "\"" + Objects.requireNonNullElse(value, "").replace("\"", "\"\"") + "\"";
    }
}
