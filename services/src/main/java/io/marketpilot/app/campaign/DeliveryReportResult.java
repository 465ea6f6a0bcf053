package io.marketpilot.app.campaign;

/**
 * What a provider's delivery report changed.
 *
 * @param received notices in the report
 * @param suppressed addresses newly put on the suppression list (hard bounces and complaints not suppressed before)
 * @param events campaign events recorded (a bounce or complaint of a message whose key named a known campaign)
 * @param ignored soft bounces: the sender's own retries deal with those
 */
public record DeliveryReportResult(int received, int suppressed, int events, int ignored) {}
