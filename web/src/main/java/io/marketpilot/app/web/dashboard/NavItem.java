package io.marketpilot.app.web.dashboard;

import java.util.List;

/** An entry of the dashboard's navigation; capabilities that have not landed yet show as "soon". */
public record NavItem(String label, String href, boolean active, boolean available) {

    static final List<String[]> ALL = List.of(
            new String[] {"Overview", "/"},
            new String[] {"Customers", "/customers"},
            new String[] {"Products", "/products"},
            new String[] {"Insights", "/insights"},
            new String[] {"Classifiers", "/classifiers"},
            new String[] {"Segments", "/segments"},
            new String[] {"Content studio", "/content"},
            new String[] {"Copilot", "/copilot"},
            new String[] {"Campaigns", "/campaigns"},
            new String[] {"Journeys", "/journeys"},
            new String[] {"Outbox", "/outbox"},
            new String[] {"Webhooks", "/webhooks"},
            new String[] {"LLM usage", "/llm"},
            new String[] {"Experiments", "/experiments"},
            new String[] {"Recommendations", "/recommendations"},
            new String[] {"Support", "/support"},
            new String[] {"Predictions", "/predictions"},
            new String[] {"Data", "/data"});

    static List<NavItem> forPage(String current) {
        return ALL.stream()
                .map(a -> new NavItem(a[0], a[1], a[0].equals(current), !a[1].isEmpty()))
                .toList();
    }
}
