package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraversalGuardTest {
    @Test
    void pathsThatClimbOutAreCaughtEncodedOrNot() {
        assertThat(TraversalGuard.climbs("/static/..%2fsimplelogger.properties"))
                .isTrue();
        assertThat(TraversalGuard.climbs("/static/%2e%2e/%2e%2e/etc/passwd")).isTrue();
        assertThat(TraversalGuard.climbs("/static/../app.js")).isTrue();
        assertThat(TraversalGuard.climbs("/static/..%5capp.js")).isTrue();
        assertThat(TraversalGuard.climbs("/static/app.js%00.txt")).isTrue();
        assertThat(TraversalGuard.climbs("/static/%252e%252e/app.js")).isTrue();
        assertThat(TraversalGuard.climbs("/static/%zz")).isTrue();
        assertThat(TraversalGuard.climbs("/api/v1/customers/..%2F..%2Fadmin")).isTrue();
    }

    @Test
    void ordinaryPathsPass() {
        assertThat(TraversalGuard.climbs("/static/app.js")).isFalse();
        assertThat(TraversalGuard.climbs("/static/widget-demo.html")).isFalse();
        assertThat(TraversalGuard.climbs("/api/v1/customers/C-0001")).isFalse();
        assertThat(TraversalGuard.climbs("/api/v1/customers/50%25off")).isFalse();
        assertThat(TraversalGuard.climbs("/api/v1/products/a..b")).isFalse();
        assertThat(TraversalGuard.climbs("/")).isFalse();
    }
}
