package io.marketpilot.app.demo;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Stores what the demo journeys' traffic plan holds before it is walked, through the ordinary doors: the new sign-ups
 * and their opt-in as files (each row its own proof), the events straight into the event store (the walk hands each
 * to the journeys' entrance at its time), and the orders as one file, so the models are rebuilt once on the data the
 * demo ends with. Only what happened by the simulated clock's time counts for a journey.
 */
final class DemoJourneyStore {
    private static final String SIGNUPS_FILE = "demo-journey-signups.csv";
    private static final String CONSENT_FILE = "demo-journey-consent.csv";
    private static final String ORDERS_FILE = "demo-journey-orders.csv";

    private DemoJourneyStore() {}

    static void store(Services app, JourneyTraffic.Plan plan) {
        StringBuilder customers = new StringBuilder("id,email,name,country,city,signup_date\n");
        StringBuilder consent = new StringBuilder("customer_id,channel,topic,status,source,at\n");
        for (JourneyTraffic.SignUp s : plan.signUps()) {
            Customer c = s.customer();
            customers.append(
                    String.join(",", c.id(), String.valueOf(c.email()), "", csv(c.country()), csv(c.city()), date(c)));
            customers.append('\n');
            // they opted in to e-mail on the sign-up form
            consent.append(c.id())
                    .append(",email,all,opted_in,import,")
                    .append(date(c))
                    .append('\n');
        }
        importFile(app, ImportKind.CUSTOMERS, SIGNUPS_FILE, customers);
        app.campaigns.consent.importFile(CONSENT_FILE, stream(consent), "demo");
        app.events.saveAll(plan.events());
        StringBuilder orders =
                new StringBuilder("order_id,customer_id,ordered_at,country,kind,product_id,quantity,unit_price\n");
        for (Order o : plan.orders()) {
            for (OrderLine line : o.lines()) {
                orders.append(String.join(
                                ",",
                                o.id(),
                                String.valueOf(o.customerId()),
                                o.orderedAt().toString(),
                                csv(o.country()),
                                "sale",
                                String.valueOf(line.productId()),
                                String.valueOf((int) line.quantity()),
                                String.format(Locale.ROOT, "%.2f", line.unitPrice())))
                        .append('\n');
            }
        }
        importFile(app, ImportKind.ORDERS, ORDERS_FILE, orders);
    }

    private static String date(Customer c) {
        return c.signupDate() == null ? "" : c.signupDate().toString();
    }

    /** A place name as a CSV field: the sample's names hold no quotes; one with a comma is left out. */
    private static String csv(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.contains(",") ? "" : value;
    }

    private static void importFile(Services app, ImportKind kind, String name, StringBuilder csv) {
        app.importFile(kind, name, stream(csv), false, "demo", ImportProgress.NONE);
    }

    private static ByteArrayInputStream stream(StringBuilder csv) {
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
