package io.marketpilot.channels.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.delivery.MessageMetadata;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes messages as CSV for a sending tool that MarketPilot does not speak to: RFC 4180 (CRLF line ends, fields
 * quoted where they hold a comma, a quote or a line break, quotes doubled), UTF-8 when the caller's writer is, one row
 * per message under the header {@link #COLUMNS}; further header fields as one JSON object.
 *
 * <p>Two flavours, because a CSV bound for a spreadsheet and one bound for another program need opposite things: a
 * spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula (CSV injection),
 * so {@link #forSpreadsheets()} prefixes such cells with an apostrophe, as OWASP advises and the dashboard's downloads
 * do; {@link #forTools()} writes every value exactly, since an importer would keep the apostrophe.
 */
public final class CsvMessageExport {
    /** The header row. */
    public static final List<String> COLUMNS = List.of(
            "key",
            "channel",
            "recipient",
            "subject",
            "text",
            "html",
            "unsubscribe_url",
            "unsubscribe_mailto",
            "campaign_id",
            "customer_id",
            "content_id",
            "variant",
            "headers");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private final boolean guardFormulas;

    private CsvMessageExport(boolean guardFormulas) {
        this.guardFormulas = guardFormulas;
    }

    /** Every value exactly as it is, for another program to import. */
    public static CsvMessageExport forTools() {
        return new CsvMessageExport(false);
    }

    /** Cells a spreadsheet would run as a formula are prefixed with an apostrophe. */
    public static CsvMessageExport forSpreadsheets() {
        return new CsvMessageExport(true);
    }

    /** Writes the header and one row per message to {@code out}; returns the number of rows. */
    public int write(Iterable<OutgoingMessage> messages, Appendable out) throws IOException {
        int rows = 0;
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (OutgoingMessage message : messages) {
                printer.printRecord(row(message).stream().map(this::cell).toList());
                rows++;
            }
        }
        return rows;
    }

    private static List<String> row(OutgoingMessage m) {
        MessageMetadata meta = m.metadata();
        return List.of(
                m.key(),
                m.channel(),
                m.recipient(),
                m.subject().orElse(""),
                m.text(),
                m.html().orElse(""),
                m.unsubscribe().map(u -> u.web().toASCIIString()).orElse(""),
                m.unsubscribe().flatMap(u -> u.mail()).map(URI::toASCIIString).orElse(""),
                orEmpty(meta.campaignId()),
                orEmpty(meta.customerId()),
                orEmpty(meta.contentId()),
                orEmpty(meta.variant()),
                m.headers().isEmpty() ? "" : json(m));
    }

    private String cell(String value) {
        return guardFormulas && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String orEmpty(Optional<String> value) {
        return value.orElse("");
    }

    private static String json(OutgoingMessage m) {
        try {
            return JSON.writeValueAsString(m.headers());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
