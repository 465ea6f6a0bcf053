package io.marketpilot.campaigns.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SendTimePlannerTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void nowOutsideQuietHoursIsNow() {
        Instant now = london("2024-03-05T10:15:00");
        assertThat(SendTimePlanner.plan(new Schedule.Now(QuietHours.DEFAULT), LONDON, Optional.empty(), now))
                .contains(now);
    }

    @Test
    void aSendAtElevenInTheEveningWaitsForEightNextMorningInTheCustomersZone() {
        Instant now = london("2024-03-05T23:00:00");
        assertThat(SendTimePlanner.plan(new Schedule.Now(QuietHours.DEFAULT), LONDON, Optional.empty(), now))
                .contains(london("2024-03-06T08:00:00"));
        // 23:00 in London is 10:00 in Sydney: no wait there
        assertThat(SendTimePlanner.plan(new Schedule.Now(QuietHours.DEFAULT), SYDNEY, Optional.empty(), now))
                .contains(now);
    }

    @Test
    void anInstantInThePastSendsNow() {
        Instant now = london("2024-03-05T12:00:00");
        var at = new Schedule.At(london("2024-03-01T12:00:00"), QuietHours.DEFAULT);
        assertThat(SendTimePlanner.plan(at, LONDON, Optional.empty(), now)).contains(now);
    }

    @Test
    void aSendTimeWindowUsesTheCustomersPreferredHour() {
        var window =
                new Schedule.SendTime(london("2024-03-05T09:00:00"), london("2024-03-07T09:00:00"), QuietHours.DEFAULT);
        Instant now = london("2024-03-05T09:00:00");
        assertThat(SendTimePlanner.plan(window, LONDON, Optional.of(19), now)).contains(london("2024-03-05T19:00:00"));
        assertThat(SendTimePlanner.plan(window, LONDON, Optional.of(7), now))
                .as("07:00 is quiet, so the 07:00 of the 6th moves to 08:00")
                .contains(london("2024-03-06T08:00:00"));
        assertThat(SendTimePlanner.plan(window, LONDON, Optional.empty(), now)).contains(now);
    }

    @Test
    void theStartedPreferredHourIsUsedAtOnce() {
        var window =
                new Schedule.SendTime(london("2024-03-05T09:00:00"), london("2024-03-05T18:00:00"), QuietHours.DEFAULT);
        Instant now = london("2024-03-05T09:40:00");
        assertThat(SendTimePlanner.plan(window, LONDON, Optional.of(9), now)).contains(now);
    }

    @Test
    void aWindowInsideTheQuietHoursLeavesNoSendTime() {
        var night =
                new Schedule.SendTime(london("2024-03-05T22:00:00"), london("2024-03-06T06:00:00"), QuietHours.DEFAULT);
        assertThat(SendTimePlanner.plan(night, LONDON, Optional.of(23), london("2024-03-05T21:00:00")))
                .isEmpty();
        // the same window is mid-morning in Sydney
        assertThat(SendTimePlanner.plan(night, SYDNEY, Optional.empty(), london("2024-03-05T21:00:00")))
                .contains(london("2024-03-05T22:00:00"));
    }

    @Test
    void aWindowThatHasClosedLeavesNoSendTime() {
        var window =
                new Schedule.SendTime(london("2024-03-05T09:00:00"), london("2024-03-05T18:00:00"), QuietHours.DEFAULT);
        assertThat(SendTimePlanner.plan(window, LONDON, Optional.of(10), london("2024-03-05T18:00:00")))
                .isEmpty();
    }

    @Test
    void quietHoursEndingInTheSpringForwardGapEndAfterTheGap() {
        // 31 March 2024: London clocks go from 01:00 to 02:00; 01:30 does not exist that night
        var quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(1, 30));
        assertThat(SendTimePlanner.outOfQuietHours(london("2024-03-30T23:00:00"), LONDON, quiet))
                .isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(List.of(
                        "Europe/London",
                        "Australia/Sydney",
                        "America/New_York",
                        "Asia/Kolkata",
                        "Pacific/Chatham",
                        "UTC"))
                .map(ZoneId::of);
    }

    @Property(tries = 500)
    void aPlannedSendIsNeverInQuietHoursNorBeforeNowNorOutsideItsWindow(
            @ForAll("zones") ZoneId zone,
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_760_000_000L) long nowSeconds,
            @ForAll @IntRange(min = -48, max = 48) int windowStartHours,
            @ForAll @IntRange(min = 1, max = 168) int windowHours,
            @ForAll @IntRange(min = -1, max = 23) int hour,
            @ForAll @IntRange(min = 0, max = 23) int quietStart,
            @ForAll @IntRange(min = 0, max = 23) int quietEnd) {
        Instant now = Instant.ofEpochSecond(nowSeconds);
        Instant start = now.plus(Duration.ofHours(windowStartHours));
        Instant end = start.plus(Duration.ofHours(windowHours));
        var quiet = new QuietHours(LocalTime.of(quietStart, 0), LocalTime.of(quietEnd, 0));
        Optional<Integer> preferred = hour < 0 ? Optional.empty() : Optional.of(hour);

        Optional<Instant> planned =
                SendTimePlanner.plan(new Schedule.SendTime(start, end, quiet), zone, preferred, now);

        planned.ifPresent(sendAt -> {
            assertThat(quiet.contains(sendAt.atZone(zone).toLocalTime())).isFalse();
            assertThat(sendAt).isAfterOrEqualTo(now).isAfterOrEqualTo(start).isBefore(end);
        });
        Instant at = SendTimePlanner.plan(new Schedule.At(start, quiet), zone, preferred, now)
                .orElseThrow();
        assertThat(quiet.contains(at.atZone(zone).toLocalTime())).isFalse();
    }
}
