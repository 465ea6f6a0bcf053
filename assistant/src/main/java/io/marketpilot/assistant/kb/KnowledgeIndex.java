package io.marketpilot.assistant.kb;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index behind the knowledge base: one writer, near-real-time searchers, and the field layout. Every
 * chunk is indexed for BM25 twice, with the English analyzer (stemming, stop words) and the Chinese one (smartcn
 * word segmentation), and a query searches the field of its own language. Vectors live in one field per language
 * ({@code vec_en}: bge-small-en, 384 dimensions; {@code vec_zh}: bge-small-zh, 512), because the two models' spaces
 * are neither comparable nor of the same size.
 */
final class KnowledgeIndex implements AutoCloseable {
    static final String TYPE = "type";
    static final String TYPE_CHUNK = "chunk";
    static final String TYPE_SOURCE = "source";
    static final String SOURCE = "source";
    static final String KIND = "kind";
    static final String HASH = "hash";
    static final String POSITION = "position";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String ENTRY = "entry";
    static final String LANGUAGE = "language";
    static final String VECTOR_STORED = "vector";
    static final String CHUNKS = "chunks";
    static final String INGESTED_AT = "ingested_at";
    static final String TEXT_EN = "text_en";
    static final String TEXT_ZH = "text_zh";

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private KnowledgeIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.analyzer = new PerFieldAnalyzerWrapper(
                new EnglishAnalyzer(), Map.of(TEXT_EN, new EnglishAnalyzer(), TEXT_ZH, new SmartChineseAnalyzer()));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    static KnowledgeIndex onDisk(Path dir) {
        try {
            return new KnowledgeIndex(FSDirectory.open(dir));
        } catch (LockObtainFailedException e) {
            throw new MarketPilotException(
                    io.marketpilot.core.ErrorCode.CONFLICT,
                    "The knowledge base at " + dir + " is in use by another MarketPilot process (a running server?):"
                            + " stop it, or ingest through the running server's API");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the knowledge base at " + dir, e);
        }
    }

    static KnowledgeIndex inMemory() {
        try {
            return new KnowledgeIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String vectorField(String language) {
        return "vec_" + language;
    }

    static String textField(String language) {
        return language.equals("zh") ? TEXT_ZH : TEXT_EN;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Replaces every document of {@code source} (chunks and its manifest) with {@code documents}, atomically. */
    synchronized void replace(String source, List<Document> documents) {
        try {
            writer.deleteDocuments(new Term(SOURCE, source));
            writer.addDocuments(documents);
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the knowledge base", e);
        }
    }

    synchronized void remove(String source) {
        replace(source, List.of());
    }

    /** Runs {@code work} on a current searcher. */
    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the knowledge base", e);
        }
    }

    /** Work on a searcher that may fail with an I/O error. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
