package io.marketpilot.campaigns.schedule;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A representative time zone for a customer's country, for quiet hours when the customer's own zone is unknown.
 * Countries are named by ISO 3166 alpha-2 code or by name, including the spellings of the UCI Online Retail files
 * ("EIRE", "USA", "RSA", "Channel Islands", "European Community"). A country spanning several zones gets its most
 * populous one (the United States: New York; Australia: Sydney; Canada: Toronto; Brazil: São Paulo; Russia: Moscow),
 * which is wrong by hours for some customers: a customer's own zone, when known, should win. Anything unknown gets
 * the shop's zone.
 */
public final class CountryTimeZones {
    private static final Map<String, String> ZONE_BY_CODE = Map.ofEntries(
            Map.entry("AE", "Asia/Dubai"),
            Map.entry("AR", "America/Argentina/Buenos_Aires"),
            Map.entry("AT", "Europe/Vienna"),
            Map.entry("AU", "Australia/Sydney"),
            Map.entry("BE", "Europe/Brussels"),
            Map.entry("BG", "Europe/Sofia"),
            Map.entry("BH", "Asia/Bahrain"),
            Map.entry("BM", "Atlantic/Bermuda"),
            Map.entry("BR", "America/Sao_Paulo"),
            Map.entry("CA", "America/Toronto"),
            Map.entry("CH", "Europe/Zurich"),
            Map.entry("CL", "America/Santiago"),
            Map.entry("CN", "Asia/Shanghai"),
            Map.entry("CO", "America/Bogota"),
            Map.entry("CY", "Asia/Nicosia"),
            Map.entry("CZ", "Europe/Prague"),
            Map.entry("DE", "Europe/Berlin"),
            Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("EE", "Europe/Tallinn"),
            Map.entry("EG", "Africa/Cairo"),
            Map.entry("ES", "Europe/Madrid"),
            Map.entry("FI", "Europe/Helsinki"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("GB", "Europe/London"),
            Map.entry("GG", "Europe/Guernsey"),
            Map.entry("GR", "Europe/Athens"),
            Map.entry("HK", "Asia/Hong_Kong"),
            Map.entry("HR", "Europe/Zagreb"),
            Map.entry("HU", "Europe/Budapest"),
            Map.entry("ID", "Asia/Jakarta"),
            Map.entry("IE", "Europe/Dublin"),
            Map.entry("IL", "Asia/Jerusalem"),
            Map.entry("IM", "Europe/Isle_of_Man"),
            Map.entry("IN", "Asia/Kolkata"),
            Map.entry("IS", "Atlantic/Reykjavik"),
            Map.entry("IT", "Europe/Rome"),
            Map.entry("JE", "Europe/Jersey"),
            Map.entry("JP", "Asia/Tokyo"),
            Map.entry("KR", "Asia/Seoul"),
            Map.entry("LB", "Asia/Beirut"),
            Map.entry("LT", "Europe/Vilnius"),
            Map.entry("LU", "Europe/Luxembourg"),
            Map.entry("LV", "Europe/Riga"),
            Map.entry("MT", "Europe/Malta"),
            Map.entry("MX", "America/Mexico_City"),
            Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("NG", "Africa/Lagos"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("NO", "Europe/Oslo"),
            Map.entry("NZ", "Pacific/Auckland"),
            Map.entry("PH", "Asia/Manila"),
            Map.entry("PL", "Europe/Warsaw"),
            Map.entry("PT", "Europe/Lisbon"),
            Map.entry("RO", "Europe/Bucharest"),
            Map.entry("RS", "Europe/Belgrade"),
            Map.entry("RU", "Europe/Moscow"),
            Map.entry("SA", "Asia/Riyadh"),
            Map.entry("SE", "Europe/Stockholm"),
            Map.entry("SG", "Asia/Singapore"),
            Map.entry("SI", "Europe/Ljubljana"),
            Map.entry("SK", "Europe/Bratislava"),
            Map.entry("TH", "Asia/Bangkok"),
            Map.entry("TR", "Europe/Istanbul"),
            Map.entry("TW", "Asia/Taipei"),
            Map.entry("UA", "Europe/Kyiv"),
            Map.entry("US", "America/New_York"),
            Map.entry("VN", "Asia/Ho_Chi_Minh"),
            Map.entry("ZA", "Africa/Johannesburg"));

    /** Names that are not the English names of their ISO codes: the UCI files' spellings and common short forms. */
    private static final Map<String, String> CODE_BY_ALIAS = Map.ofEntries(
            Map.entry("eire", "IE"),
            Map.entry("usa", "US"),
            Map.entry("united states of america", "US"),
            Map.entry("rsa", "ZA"),
            Map.entry("uk", "GB"),
            Map.entry("england", "GB"),
            Map.entry("scotland", "GB"),
            Map.entry("wales", "GB"),
            Map.entry("northern ireland", "GB"),
            Map.entry("great britain", "GB"),
            // Jersey and Guernsey share a zone's rules; Jersey is the larger
            Map.entry("channel islands", "JE"),
            Map.entry("czech republic", "CZ"),
            Map.entry("korea", "KR"),
            Map.entry("south korea", "KR"),
            Map.entry("hong kong", "HK"),
            Map.entry("uae", "AE"),
            // the UCI file's "European Community": no one country; Brussels stands for the institutions' time
            Map.entry("european community", "BE"));

    private static final Map<String, String> CODE_BY_NAME = namesOfCodes();

    private final ZoneId shopZone;

    /**
     * A table that falls back to the shop's zone.
     *
     * @param shopZone the zone of customers whose country is unknown or unrecognised
     */
    public CountryTimeZones(ZoneId shopZone) {
        this.shopZone = shopZone;
    }

    /** The zone for a country given by ISO code or name, or the shop's zone when it is absent or unknown. */
    public ZoneId zoneOf(Optional<String> country) {
        return country.flatMap(CountryTimeZones::knownZone).orElse(shopZone);
    }

    /** The zone for a country given by ISO code or name, if it is one this table knows. */
    public static Optional<ZoneId> knownZone(String country) {
        String key = country.strip().toLowerCase(Locale.ROOT);
        String code = key.length() == 2 ? key.toUpperCase(Locale.ROOT) : CODE_BY_ALIAS.get(key);
        if (code == null) {
            code = CODE_BY_NAME.get(key);
        }
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(ZONE_BY_CODE.get(code)).map(ZoneId::of);
    }

    private static Map<String, String> namesOfCodes() {
        var names = new HashMap<String, String>();
        for (String code : ZONE_BY_CODE.keySet()) {
            names.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        return Map.copyOf(names);
    }
}
