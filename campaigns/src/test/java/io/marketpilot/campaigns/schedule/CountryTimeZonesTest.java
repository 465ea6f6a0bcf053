package io.marketpilot.campaigns.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryTimeZonesTest {
    private final CountryTimeZones zones = new CountryTimeZones(ZoneId.of("Europe/London"));

    private ZoneId zone(String country) {
        return zones.zoneOf(Optional.of(country));
    }

    @Test
    void readsTheCountryNamesOfTheUciRetailFiles() {
        assertThat(zone("United Kingdom")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(zone("EIRE")).isEqualTo(ZoneId.of("Europe/Dublin"));
        assertThat(zone("Germany")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zone("France")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(zone("Australia")).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(zone("USA")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(zone("RSA")).isEqualTo(ZoneId.of("Africa/Johannesburg"));
        assertThat(zone("Channel Islands")).isEqualTo(ZoneId.of("Europe/Jersey"));
        assertThat(zone("Czech Republic")).isEqualTo(ZoneId.of("Europe/Prague"));
        assertThat(zone("European Community")).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(zone("Japan")).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void readsIsoCodesInAnyCase() {
        assertThat(zone("de")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zone(" JP ")).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void anUnknownOrMissingCountryGetsTheShopsZone() {
        assertThat(zone("Unspecified")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(zone("Atlantis")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(zone("XX")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(zones.zoneOf(Optional.empty())).isEqualTo(ZoneId.of("Europe/London"));
    }
}
