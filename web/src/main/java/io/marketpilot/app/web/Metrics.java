package io.marketpilot.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Request timings and JVM figures, exposed in Prometheus' text format at {@code /metrics}. */
final class Metrics {
    private static final String START = "metrics.start";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
    }

    void install(Javalin app, Routes routes) {
        app.before(ctx -> ctx.attribute(START, System.nanoTime()));
        app.after(this::record);
        // public, as Prometheus scrapers expect: timings and JVM figures, nothing about customers
        routes.api(HandlerType.GET, "/metrics", Access.PUBLIC, ctx -> ctx.contentType(
                        "text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
    }

    private void record(Context ctx) {
        Long start = ctx.attribute(START);
        if (start == null) {
            return;
        }
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", String.valueOf(ctx.statusCode()))
                .register(registry)
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The matched route template, so ids do not explode the number of series. */
    private static String route(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            return path == null || path.isEmpty() ? "unmatched" : path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
