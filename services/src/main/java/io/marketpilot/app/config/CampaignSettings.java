package io.marketpilot.app.config;

import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.channels.email.SmtpSettings;
import io.marketpilot.channels.email.StartTls;
import io.marketpilot.channels.webhook.WebhookSettings;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.QuietHours;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How campaigns reach customers, read by the configuration loader like every other setting (YAML key, environment
 * variable):
 *
 * <ul>
 *   <li>{@code smtp.host} (MARKETPILOT_SMTP_HOST): the relay; without it e-mail goes to the outbox, not delivered;
 *       {@code smtp.port} (default 587), {@code smtp.starttls} (none, optional, required; default optional),
 *       {@code smtp.tls} (TLS from the first byte, port 465; default false), {@code smtp.username},
 *       {@code smtp.password}, {@code smtp.from} (required with a host), {@code smtp.from-name},
 *       {@code smtp.trusted-certificates} (a PEM file of the certificates TLS trusts instead of the JVM's trust store:
 *       a company CA, a self-signed relay);
 *   <li>{@code webhook.url} and {@code webhook.secret} (MARKETPILOT_WEBHOOK_URL, MARKETPILOT_WEBHOOK_SECRET): the
 *       signed HTTP channel for SMS and webhook campaigns;
 *   <li>{@code campaigns.public-url} (default http://localhost:7070): where recipients' links point (tracking,
 *       unsubscribe, preferences); {@code campaigns.shop-url}: where a message's call to action leads (a signed,
 *       tracked redirect; without it the call to action is plain text); {@code campaigns.frequency-cap} (default 3/7d: messages per days, or per hours as
 *       {@code 1/12h}); {@code campaigns.quiet-hours} (default 21:00-08:00, or none); {@code campaigns.secret}
 *       (MARKETPILOT_CAMPAIGNS_SECRET): signs links and hashes suppressed addresses, generated into the data directory
 *       when unset, and required to be the same on every server sharing one PostgreSQL store;
 *       {@code campaigns.consent-policy} (explicit, the default, or legitimate-interest: existing customers who never
 *       said either way may be mailed).
 * </ul>
 *
 * @param secret the configured secret, or empty to use the data directory's generated one
 * @param smtp the relay, or empty for the outbox
 * @param webhook the webhook channel, or empty when SMS and webhook campaigns cannot send
 */
public record CampaignSettings(
        URI publicUrl,
        Optional<URI> shopUrl,
        FrequencyCap frequencyCap,
        QuietHours quietHours,
        ConsentPolicy consentPolicy,
        Optional<String> secret,
        Optional<SmtpSettings> smtp,
        Optional<WebhookSettings> webhook) {
    /** Where links point when nothing else is configured: the local server. */
    public static final URI DEFAULT_PUBLIC_URL = URI.create("http://localhost:7070");

    /** The keys read here and their environment variables, for the loader. */
    public static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("smtp.host", "MARKETPILOT_SMTP_HOST"),
            Map.entry("smtp.port", "MARKETPILOT_SMTP_PORT"),
            Map.entry("smtp.starttls", "MARKETPILOT_SMTP_STARTTLS"),
            Map.entry("smtp.tls", "MARKETPILOT_SMTP_TLS"),
            Map.entry("smtp.username", "MARKETPILOT_SMTP_USERNAME"),
            Map.entry("smtp.password", "MARKETPILOT_SMTP_PASSWORD"),
            Map.entry("smtp.from", "MARKETPILOT_SMTP_FROM"),
            Map.entry("smtp.from-name", "MARKETPILOT_SMTP_FROM_NAME"),
            Map.entry("smtp.trusted-certificates", "MARKETPILOT_SMTP_TRUSTED_CERTIFICATES"),
            Map.entry("webhook.url", "MARKETPILOT_WEBHOOK_URL"),
            Map.entry("webhook.secret", "MARKETPILOT_WEBHOOK_SECRET"),
            Map.entry("campaigns.public-url", "MARKETPILOT_CAMPAIGNS_PUBLIC_URL"),
            Map.entry("campaigns.shop-url", "MARKETPILOT_CAMPAIGNS_SHOP_URL"),
            Map.entry("campaigns.frequency-cap", "MARKETPILOT_CAMPAIGNS_FREQUENCY_CAP"),
            Map.entry("campaigns.quiet-hours", "MARKETPILOT_CAMPAIGNS_QUIET_HOURS"),
            Map.entry("campaigns.secret", "MARKETPILOT_CAMPAIGNS_SECRET"),
            Map.entry("campaigns.consent-policy", "MARKETPILOT_CAMPAIGNS_CONSENT_POLICY"));

    private static final Pattern CAP = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*([dh])\\s*");
    private static final Pattern HOURS = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");

    public CampaignSettings {
        requirePresent(publicUrl, "campaigns.public-url");
        requirePresent(shopUrl, "campaigns.shop-url");
        requirePresent(frequencyCap, "campaigns.frequency-cap");
        requirePresent(quietHours, "campaigns.quiet-hours");
        requirePresent(consentPolicy, "campaigns.consent-policy");
        requirePresent(secret, "campaigns.secret");
        requirePresent(smtp, "smtp");
        requirePresent(webhook, "webhook");
    }

    /** No relay, no webhook, links to the local server, the default cap and quiet hours, explicit consent only. */
    public static CampaignSettings defaults() {
        return new CampaignSettings(
                DEFAULT_PUBLIC_URL,
                Optional.empty(),
                FrequencyCap.DEFAULT,
                QuietHours.DEFAULT,
                ConsentPolicy.EXPLICIT_ONLY,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The settings from the configuration's values (keys as listed above); a missing value keeps its default. */
    public static CampaignSettings parse(Map<String, String> values) {
        return new CampaignSettings(
                value(values, "campaigns.public-url")
                        .map(v -> webUrl(v, "campaigns.public-url"))
                        .orElse(DEFAULT_PUBLIC_URL),
                value(values, "campaigns.shop-url").map(v -> webUrl(v, "campaigns.shop-url")),
                value(values, "campaigns.frequency-cap")
                        .map(CampaignSettings::frequencyCap)
                        .orElse(FrequencyCap.DEFAULT),
                value(values, "campaigns.quiet-hours")
                        .map(CampaignSettings::quietHours)
                        .orElse(QuietHours.DEFAULT),
                value(values, "campaigns.consent-policy")
                        .map(CampaignSettings::consentPolicy)
                        .orElse(ConsentPolicy.EXPLICIT_ONLY),
                value(values, "campaigns.secret"),
                smtp(values),
                webhook(values));
    }

    /** Whether e-mail really leaves: false means the outbox keeps it, not delivered. */
    public boolean deliversEmail() {
        return smtp.isPresent();
    }

    @Override
    public String toString() {
        return "CampaignSettings[publicUrl=" + publicUrl + ", shopUrl=" + shopUrl + ", frequencyCap=" + frequencyCap
                + ", quietHours="
                + quietHours + ", consentPolicy=" + consentPolicy + ", secret=" + (secret.isPresent() ? "***" : "none")
                + ", smtp=" + smtp + ", webhook=" + webhook + "]";
    }

    /** {@code 3/7d}: three messages per seven days; {@code 1/12h}: one per twelve hours. */
    public static FrequencyCap frequencyCap(String text) {
        Matcher m = CAP.matcher(text);
        if (!m.matches()) {
            throw MarketPilotException.invalid("campaigns.frequency-cap must look like 3/7d (messages per days) or"
                    + " 1/12h (per hours), not '" + text + "'");
        }
        long amount = Long.parseLong(m.group(2));
        Duration period = m.group(3).equals("d") ? Duration.ofDays(amount) : Duration.ofHours(amount);
        return new FrequencyCap(Integer.parseInt(m.group(1)), period);
    }

    /** {@code 21:00-08:00} (local time, may wrap midnight), or {@code none}. */
    public static QuietHours quietHours(String text) {
        if (text.strip().equalsIgnoreCase("none")) {
            return QuietHours.NONE;
        }
        Matcher m = HOURS.matcher(text);
        if (m.matches()) {
            try {
                return new QuietHours(time(m.group(1)), time(m.group(2)));
            } catch (DateTimeParseException e) {
                // reported below with the expected form
            }
        }
        throw MarketPilotException.invalid(
                "campaigns.quiet-hours must look like 21:00-08:00 (local time), or none, not '" + text + "'");
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    private static ConsentPolicy consentPolicy(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "explicit", "explicit-only", "explicit_only" -> ConsentPolicy.EXPLICIT_ONLY;
            case "legitimate-interest", "legitimate_interest" -> ConsentPolicy.LEGITIMATE_INTEREST;
            default ->
                throw MarketPilotException.invalid(
                        "campaigns.consent-policy must be explicit or legitimate-interest, not '" + text + "'");
        };
    }

    private static URI webUrl(String text, String key) {
        try {
            URI uri = new URI(text.strip().replaceAll("/+$", ""));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(text, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw MarketPilotException.invalid(
                    key + " must be an absolute http(s) URL such as https://shop.example, not '" + text + "'");
        }
    }

    private static Optional<SmtpSettings> smtp(Map<String, String> values) {
        Optional<String> host = value(values, "smtp.host");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String from = value(values, "smtp.from")
                .orElseThrow(() -> MarketPilotException.invalid(
                        "smtp.from (MARKETPILOT_SMTP_FROM) is required with smtp.host: the sender's address"));
        SmtpSettings.Builder smtp = SmtpSettings.builder(host.get(), port(values), from);
        value(values, "smtp.starttls").map(CampaignSettings::startTls).ifPresent(smtp::startTls);
        if (value(values, "smtp.tls").map(v -> flag(v, "smtp.tls")).orElse(false)) {
            smtp.implicitTls();
        }
        Optional<String> user = value(values, "smtp.username");
        Optional<String> password = value(values, "smtp.password");
        if (user.isPresent() != password.isPresent()) {
            throw MarketPilotException.invalid("smtp.username and smtp.password go together: set both or neither");
        }
        if (user.isPresent() && password.isPresent()) {
            smtp.credentials(user.get(), password.get());
        }
        value(values, "smtp.from-name").ifPresent(smtp::fromName);
        value(values, "smtp.trusted-certificates").map(CampaignSettings::path).ifPresent(smtp::trustedCertificates);
        return Optional.of(smtp.build());
    }

    private static Path path(String text) {
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            throw MarketPilotException.invalid("smtp.trusted-certificates must be a file path, not '" + text + "'");
        }
    }

    private static int port(Map<String, String> values) {
        Optional<String> text = value(values, "smtp.port");
        if (text.isEmpty()) {
            return 587;
        }
        try {
            return Integer.parseInt(text.get().strip());
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("smtp.port must be a number, not '" + text.get() + "'");
        }
    }

    private static StartTls startTls(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "none", "false", "off", "no" -> StartTls.NONE;
            case "optional" -> StartTls.OPTIONAL;
            case "required", "true", "on", "yes" -> StartTls.REQUIRED;
            default ->
                throw MarketPilotException.invalid(
                        "smtp.starttls must be none, optional or required, not '" + text + "'");
        };
    }

    private static Optional<WebhookSettings> webhook(Map<String, String> values) {
        Optional<String> url = value(values, "webhook.url");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String secret = value(values, "webhook.secret")
                .orElseThrow(() -> MarketPilotException.invalid(
                        "webhook.secret (MARKETPILOT_WEBHOOK_SECRET) is required with webhook.url"));
        try {
            return Optional.of(WebhookSettings.of(new URI(url.get().strip()), secret));
        } catch (URISyntaxException e) {
            throw MarketPilotException.invalid("webhook.url is not a URL: '" + url.get() + "'");
        }
    }

    private static boolean flag(String v, String key) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw MarketPilotException.invalid(key + " must be true or false, not '" + v + "'");
        };
    }

    private static Optional<String> value(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static <T> void requirePresent(T value, String key) {
        if (value == null) {
            throw MarketPilotException.invalid(key + " is required");
        }
    }
}
