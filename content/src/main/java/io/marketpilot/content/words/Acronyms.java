package io.marketpilot.content.words;

import java.util.Locale;
import java.util.Set;

/**
 * Words that retail copy writes in capitals on purpose: acronyms and codes ("USB", "LED", "HDMI") and the SMS
 * opt-out keywords. Capitals that are also everyday words ("IT", "US", "AM") are left out: in a name written in
 * capitals they are more often the word. Shared by the composer, which keeps them when it writes an ALL-CAPS product name in sentence
 * case, and by the copy checker, which does not count them as shouting.
 */
public final class Acronyms {
    private static final Set<String> KNOWN = Set.of(
            "AA",
            "AAA",
            "AC",
            "AI",
            "ATM",
            "BBQ",
            "CCTV",
            "CD",
            "CEO",
            "CPU",
            "DC",
            "DIY",
            "DJ",
            "DSLR",
            "DVD",
            "EU",
            "FAQ",
            "FM",
            "GB",
            "GPS",
            "GPU",
            "HD",
            "HDMI",
            "HP",
            "HQ",
            "ID",
            "LCD",
            "LED",
            "MB",
            "NFC",
            "OK",
            "PC",
            "PDF",
            "PIN",
            "PR",
            "PVC",
            "RAM",
            "RGB",
            "SD",
            "SIM",
            "SKU",
            "SMS",
            "SSD",
            "TB",
            "TV",
            "UK",
            "UHD",
            "UPS",
            "USA",
            "USB",
            "UV",
            "VAT",
            "VIP",
            "VR",
            "XL",
            "XXL",
            "XS",
            // SMS keywords are written in capitals by convention (and by law in some countries)
            "STOP",
            "HELP",
            "TD");

    private Acronyms() {}

    /** True when {@code word} is a known acronym or code, in any case ("usb" as well as "USB"). */
    public static boolean known(String word) {
        return KNOWN.contains(word.toUpperCase(Locale.ROOT));
    }
}
