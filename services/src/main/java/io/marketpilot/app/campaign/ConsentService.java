package io.marketpilot.app.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.MessageMetadata;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.imports.Headers;
import io.marketpilot.imports.ImportRejectedException;
import io.marketpilot.imports.RowError;
import io.marketpilot.imports.SourceData;
import io.marketpilot.imports.SourceFormat;
import io.marketpilot.imports.SourceReader;
import io.marketpilot.imports.SourceRow;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consent as a use case: recording a statement (with its source and proof), showing a customer's latest statements
 * and history, importing a consent file all-or-nothing, and double opt-in (pending until the customer follows the
 * signed link in a confirmation e-mail; {@link Tracking#confirmOptIn} completes it).
 */
public final class ConsentService {
    /** The columns of a consent file. */
    public static final List<String> COLUMNS = List.of("customer_id", "channel", "topic", "status", "source", "at");

    private final CampaignStores stores;
    private final CustomerRepository customers;
    private final CampaignChannels channels;
    private final TrackingLinks links;
    private final AuditLog audit;
    private final Clock clock;

    ConsentService(
            CampaignStores stores,
            CustomerRepository customers,
            CampaignChannels channels,
            TrackingLinks links,
            AuditLog audit,
            Clock clock) {
        this.stores = stores;
        this.customers = customers;
        this.channels = channels;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records one statement now, as {@code actor} says it, with the proof they give. */
    public ConsentLine set(
            String customerId,
            ChannelKind channel,
            String topic,
            ConsentStatus status,
            ConsentSource source,
            String proof,
            String actor) {
        requireCustomer(customerId);
        Consent consent = new Consent(customerId, channel, topic, status, source, clock.instant(), proof);
        stores.consents().record(consent);
        audit.record(
                actor,
                "consent.set",
                customerId,
                channel.wireName() + "/" + topic + "=" + status.wireName() + " (" + source.wireName() + ")");
        return ConsentLine.of(consent);
    }

    /** The latest statement per channel and topic, and the whole history, newest first. */
    public ConsentOverview show(String customerId) {
        requireCustomer(customerId);
        List<Consent> history = stores.consents().history(customerId);
        Map<String, Consent> latest = new LinkedHashMap<>();
        for (Consent c : history) {
            // the history is newest first, so the first seen per channel and topic is the latest
            latest.putIfAbsent(c.channel().wireName() + "/" + c.topic(), c);
        }
        return new ConsentOverview(
                customerId,
                latest.values().stream().map(ConsentLine::of).toList(),
                history.stream().map(ConsentLine::of).toList());
    }

    /**
     * Imports a consent file ({@code customer_id,channel,topic,status,source,at}; CSV, TSV or JSON Lines, optionally
     * gzipped): every row is checked first, and a file with any bad row is refused whole, naming each bad line. Each
     * row's proof is the file and its line.
     */
    public ConsentImportReport importFile(String name, InputStream in, String actor) {
        SourceData data = SourceReader.read(in, SourceFormat.fromFileName(name));
        List<RowError> errors = new ArrayList<>(data.errors());
        for (String column : COLUMNS) {
            if (!data.headers().names().contains(Headers.normalise(column))) {
                errors.add(new RowError(1, column, "the column is missing; a consent file has " + COLUMNS));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(name, errors);
        }
        List<Consent> consents = new ArrayList<>(data.rows().size());
        for (SourceRow row : data.rows()) {
            try {
                consents.add(consent(row, name));
            } catch (MarketPilotException e) {
                errors.add(new RowError(row.line(), "", String.valueOf(e.getMessage())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(name, errors);
        }
        stores.consents().recordAll(consents);
        audit.record(actor, "consent.import", name, consents.size() + " statements");
        return new ConsentImportReport(name, data.rows().size(), consents.size());
    }

    /**
     * Starts a double opt-in: the consent becomes pending and the customer is sent a confirmation e-mail with a
     * signed link that opts them in when followed (valid for a week).
     */
    public OptInRequest requestOptIn(String customerId, String topic, ConsentSource source, String actor) {
        Customer customer = requireCustomer(customerId);
        String address = RecipientFacts.address(customer, ChannelKind.EMAIL)
                .orElseThrow(() -> MarketPilotException.invalid("Customer " + customerId + " has no e-mail address"));
        Instant now = clock.instant();
        stores.consents()
                .record(new Consent(
                        customerId,
                        ChannelKind.EMAIL,
                        topic,
                        ConsentStatus.PENDING,
                        source,
                        now,
                        "double opt-in requested by " + actor));
        String confirm = links.confirmOptIn(customerId, topic, now).toString();
        var channel = channels.channelFor(ChannelKind.EMAIL);
        OutgoingMessage message = OutgoingMessage.builder(
                        "opt-in/" + topic + "/" + customerId + "/" + now.getEpochSecond(),
                        channel.name(),
                        address,
                        "Please confirm that you would like to hear from us.\n\nConfirm: " + confirm
                                + "\n\nIf you did not ask for this, ignore this message: nothing changes.\n")
                .subject("Please confirm your subscription")
                .html("<p>Please confirm that you would like to hear from us.</p>\n<p><a href=\""
                        + MessageRenderer.escape(confirm)
                        + "\">Confirm</a></p>\n<p>If you did not ask for this, ignore this message: nothing"
                        + " changes.</p>\n")
                .metadata(new MessageMetadata(
                        java.util.Optional.empty(),
                        java.util.Optional.of(customerId),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()))
                .build();
        DeliveryResult result = channel.send(message);
        audit.record(actor, "consent.opt-in-request", customerId, "email/" + topic);
        String detail =
                switch (result) {
                    case DeliveryResult.Delivered d -> "confirmation sent";
                    case DeliveryResult.TemporaryFailure f -> "not sent, try again later: " + f.reason();
                    case DeliveryResult.PermanentFailure f -> "not sent: " + f.reason();
                };
        return new OptInRequest(customerId, topic, channels.describe(ChannelKind.EMAIL), result.delivered(), detail);
    }

    private Consent consent(SourceRow row, String file) {
        String customerId = row.get(column("customer_id"));
        if (customerId.isEmpty()) {
            throw MarketPilotException.invalid("customer_id is empty");
        }
        String topic = row.get(column("topic")).isEmpty() ? Consent.ALL_TOPICS : row.get(column("topic"));
        return new Consent(
                customerId,
                ChannelKind.parse(row.get(column("channel"))),
                topic,
                ConsentStatus.parse(row.get(column("status"))),
                row.get(column("source")).isEmpty()
                        ? ConsentSource.IMPORT
                        : ConsentSource.parse(row.get(column("source"))),
                instant(row.get(column("at"))),
                "import of " + file + ", line " + row.line());
    }

    /** A column's name as the reader keys it ("customer_id" and "Customer ID" alike). */
    private static String column(String name) {
        return Headers.normalise(name);
    }

    private Instant instant(String text) {
        if (text.isEmpty()) {
            throw MarketPilotException.invalid("at is empty: when did the customer say so?");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // a time without an offset is the shop's local time, a date is its start
        }
        try {
            return LocalDateTime.parse(text).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            // tried as a date below
        }
        try {
            return LocalDate.parse(text).atStartOfDay(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw MarketPilotException.invalid(
                    "at '" + text + "' is not a date or time (2026-03-01, 2026-03-01T10:15:00 or with an offset)");
        }
    }

    private Customer requireCustomer(String customerId) {
        return customers.find(customerId).orElseThrow(() -> MarketPilotException.notFound("Customer", customerId));
    }
}
