package io.marketpilot.store.imports;

import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.imports.CommittedImport;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportRejectedException;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.imports.Importer;
import io.marketpilot.imports.RowError;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceData;
import io.marketpilot.imports.SourceFormat;
import io.marketpilot.imports.SourceReader;
import io.marketpilot.imports.layout.Layout;
import io.marketpilot.imports.layout.Layouts;
import io.marketpilot.store.Database;
import io.marketpilot.store.audit.JdbcAuditLog;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one file all-or-nothing: reads it, recognises its layout by the header, checks every row and every
 * reference, and only when nothing is wrong writes it in one transaction with idempotent keys.
 */
public final class JdbcImporter implements Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private final Database db;
    private final JdbcAuditLog audit;
    private final Layouts layouts;

    /** @param languageDetector tells the ISO language of a review text that has no language column */
    public JdbcImporter(Database db, JdbcAuditLog audit, Function<String, String> languageDetector) {
        this.db = db;
        this.audit = audit;
        this.layouts = new Layouts(languageDetector);
    }

    @Override
    public ImportReport importFile(
            ImportKind kind,
            String sourceName,
            InputStream in,
            boolean dryRun,
            String actor,
            ImportProgress progress,
            Consumer<CommittedImport> afterCommit) {
        progress.update("reading", 0, 1);
        SourceData data = SourceReader.read(in, SourceFormat.fromFileName(sourceName));
        progress.update("checking", 0, data.rows().size());
        Layout layout = layouts.detect(kind, data.headers());
        RowErrors errors = new RowErrors();
        errors.addAll(data.errors());
        ImportBatch batch = new ImportBatch();
        layout.parse(data.rows(), new Fields(errors), errors, batch);
        new ReferenceCheck(db).check(batch, errors);
        if (!errors.isEmpty()) {
            LOG.info(
                    "import=rejected kind={} source={} errors={}",
                    kind.wireName(),
                    sourceName,
                    errors.list().size());
            throw new ImportRejectedException(sourceName, errors.list());
        }
        if (data.rows().isEmpty()) {
            throw new ImportRejectedException(sourceName, List.of(new RowError(1, "", "the file has no data rows")));
        }
        var changes = new ChangeCounter(db).count(batch);
        ImportReport report = new ImportReport(
                kind.wireName(), layout.name(), sourceName, data.rows().size(), dryRun, changes.tables(), batch.notes);
        if (!dryRun) {
            write(batch, report, actor, progress);
            afterCommit.accept(news(batch, changes));
        }
        return report;
    }

    /** The batch's events and orders that were not in the store when it was counted, just before the write. */
    private static CommittedImport news(ImportBatch batch, ChangeCounter.Changes changes) {
        Map<String, Event> events = new LinkedHashMap<>();
        for (Event e : batch.events) {
            if (!changes.existingEvents().contains(e.id())) {
                events.putIfAbsent(e.id(), e);
            }
        }
        Set<String> customers = new HashSet<>();
        for (Order o : batch.orders) {
            if (o.customerId() != null && !changes.existingOrders().contains(o.id())) {
                customers.add(o.customerId());
            }
        }
        return new CommittedImport(List.copyOf(events.values()), customers);
    }

    private void write(ImportBatch batch, ImportReport report, String actor, ImportProgress progress) {
        db.jdbi().useTransaction(h -> {
            new BatchStore(h, db.dialect(), progress).write(batch);
            audit.record(h, actor, "import." + report.kind(), report.source(), details(report));
        });
        LOG.info(
                "import=done kind={} layout={} source={} rows={}",
                report.kind(),
                report.layout(),
                report.source(),
                report.rows());
    }

    private static String details(ImportReport report) {
        List<String> parts = new ArrayList<>();
        parts.add("rows=" + report.rows());
        parts.add("layout=" + report.layout());
        report.tables().forEach((t, c) -> parts.add(t + ".new=" + c.added() + " " + t + ".existing=" + c.existing()));
        return String.join(" ", parts);
    }
}
