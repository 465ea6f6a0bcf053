package io.marketpilot.journeys.stepper;

import io.marketpilot.core.campaign.QuietHours;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the customer may be sent to: their time zone, their predicted best hour and the quiet hours.
 *
 * @param preferredHour their predicted send hour (0-23, local), if any
 */
public record SendWindow(ZoneId zone, Optional<Integer> preferredHour, QuietHours quietHours) {}
