package io.marketpilot.llm.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, IBANs (mod-97 checked), card numbers (Luhn checked), phone numbers and street addresses
 * by their shape. Shapes alone over-match long numbers, so numbers must pass their checksum or look like a phone
 * number (international prefix, area code in brackets, or a national mobile form); order numbers, prices and dates
 * are left alone.
 */
final class PatternDetectors {
    private static final String LATIN = "A-Za-z0-9\\p{IsLatin}";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![" + LATIN + "._%+-])[" + LATIN + "._%+-]+@[" + LATIN + "-]+(?:\\.[" + LATIN + "-]+)*\\.[A-Za-z]{2,}");

    private static final Pattern IBAN =
            Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");

    // the digits of an IBAN whose check failed are not a card number
    private static final Pattern IBAN_HEAD = Pattern.compile("[A-Z]{2}\\d{2} ?$");
    private static final Pattern CARD = Pattern.compile("(?<![\\w+])\\d(?:[ -]?\\d){12,18}(?![\\w])");

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+#$€£¥.,/-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,11}(?:[ .-]\\d{2,8}){0,4}(?![\\w])");

    private static final Pattern US_LOCAL = Pattern.compile("\\d{3}[ .-]\\d{3}[ .-]\\d{4}");
    private static final Pattern CN_MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private static final String SUFFIX = "(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Boulevard|Blvd\\.?"
            + "|Drive|Dr\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Square|Sq\\.?|Terrace|Close|Crescent|Parkway|Highway)";
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String STREET = "(?:(?:" + WORD + "\\s+){0,4}?" + SUFFIX + "\\b"
            + "|\\p{Lu}[\\p{L}-]*(?:straße|strasse|weg|allee|platz|gasse|damm)\\b"
            + "|(?:Rue|Avenue|Boulevard|Place|Chemin|Allée|Quai|Via|Calle|Rua)(?:\\s+(?:de|du|des|la|le|les|del|di|"
            + WORD + ")){1,5})";
    private static final String POSTCODE =
            "(?:[A-Z]{2}\\s+)?(?:\\d{5}(?:-\\d{4})?|\\d{4}|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2})\\b";
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,5}[a-zA-Z]?\\s+" + STREET
            + "(?:,\\s*" + WORD + "\\b(?:\\s+" + WORD + "\\b){0,2})?"
            + "(?:,?\\s*" + POSTCODE + ")?");
    private static final Pattern GERMAN_ADDRESS =
            Pattern.compile("\\b\\p{Lu}[\\p{L}-]*(?:straße|strasse|weg|allee|platz|gasse|damm)\\s+\\d{1,4}[a-z]?\\b"
                    + "(?:,\\s*\\d{5}\\s+" + WORD + ")?");
    private static final Pattern CHINESE_ADDRESS = Pattern.compile(
            "(?:\\p{IsHan}{2,6}?(?:省|市|区|县)){1,3}\\p{IsHan}{1,10}?(?:路|街|道|巷)\\d{1,5}号(?:\\d{1,5}(?:室|楼))?");

    private PatternDetectors() {}

    static void find(String text, List<PiiSpan> out) {
        all(EMAIL, text, PiiType.EMAIL, out);
        Matcher iban = IBAN.matcher(text);
        while (iban.find()) {
            if (Checksums.iban(iban.group().replace(" ", ""))) {
                out.add(new PiiSpan(iban.start(), iban.end(), PiiType.IBAN));
            }
        }
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            String digits = card.group().replaceAll("[ -]", "");
            boolean insideIban = IBAN_HEAD
                    .matcher(text.substring(Math.max(0, card.start() - 5), card.start()))
                    .find();
            if (digits.length() >= 13 && digits.length() <= 19 && Checksums.luhn(digits) && !insideIban) {
                out.add(new PiiSpan(card.start(), card.end(), PiiType.CARD));
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            if (looksLikePhone(phone.group())) {
                out.add(new PiiSpan(phone.start(), phone.end(), PiiType.PHONE));
            }
        }
        all(ADDRESS, text, PiiType.ADDRESS, out);
        all(GERMAN_ADDRESS, text, PiiType.ADDRESS, out);
        all(CHINESE_ADDRESS, text, PiiType.ADDRESS, out);
    }

    static boolean looksLikePhone(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (candidate.startsWith("+")) {
            return digits.length() >= 8 && digits.length() <= 15;
        }
        if (digits.length() < 10 || digits.length() > (digits.startsWith("0") ? 12 : 11)) {
            return false;
        }
        return candidate.startsWith("(")
                || digits.startsWith("0")
                || CN_MOBILE.matcher(digits).matches()
                || US_LOCAL.matcher(candidate).matches();
    }

    private static void all(Pattern p, String text, PiiType type, List<PiiSpan> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new PiiSpan(m.start(), m.end(), type));
        }
    }

    static List<PiiSpan> find(String text) {
        List<PiiSpan> out = new ArrayList<>();
        find(text, out);
        return out;
    }
}
