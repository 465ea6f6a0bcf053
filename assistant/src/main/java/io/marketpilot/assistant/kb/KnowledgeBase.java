package io.marketpilot.assistant.kb;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The knowledge base: ingests sources into a Lucene index (chunks with source and position, embedded by the
 * bge-small model of their language) and retrieves passages through {@link HybridRetriever}. Re-ingesting a
 * source whose content hash is unchanged writes nothing; a changed source has all its chunks replaced.
 */
public final class KnowledgeBase implements AutoCloseable {
    /** The source name the product catalogue is ingested under. */
    public static final String CATALOGUE = "catalogue";

    private final KnowledgeIndex index;
    private final BilingualEmbedder embedder;
    private final LanguageDetector detector;
    private final Clock clock;
    private final HybridRetriever retriever;

    KnowledgeBase(KnowledgeIndex index, BilingualEmbedder embedder, LanguageDetector detector, Clock clock) {
        this.index = index;
        this.embedder = embedder;
        this.detector = detector;
        this.clock = clock;
        this.retriever = new HybridRetriever(index, embedder, this::language);
    }

    /** The knowledge base kept under {@code dir} (created when missing). */
    public static KnowledgeBase onDisk(Path dir, BilingualEmbedder embedder, LanguageDetector detector, Clock clock) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot create the knowledge-base directory " + dir);
        }
        return new KnowledgeBase(KnowledgeIndex.onDisk(dir), embedder, detector, clock);
    }

    /** A throw-away knowledge base in memory (evaluations, tests). */
    public static KnowledgeBase inMemory(BilingualEmbedder embedder, LanguageDetector detector) {
        return new KnowledgeBase(KnowledgeIndex.inMemory(), embedder, detector, Clock.systemUTC());
    }

    /** Reads, chunks and indexes a file under its file name; unchanged content is skipped. */
    public IngestResult ingestFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw MarketPilotException.invalid("No such file: " + file);
        }
        String kind = DocumentReader.kind(file);
        String hash;
        try {
            hash = sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read " + file + ": " + e.getMessage());
        }
        String source = file.getFileName().toString();
        Optional<SourceInfo> known = source(source);
        if (known.isPresent() && known.get().hash().equals(hash)) {
            return new IngestResult(source, kind, "unchanged", known.get().chunks());
        }
        return ingest(source, kind, DocumentReader.read(file), hash);
    }

    /**
     * Indexes sections under {@code source}, replacing what the source had; skipped when {@code hash} equals the
     * stored one. Callers hash whatever identifies the content (a file's bytes, the catalogue's rows).
     */
    public IngestResult ingest(String source, String kind, List<Section> sections, String hash) {
        Optional<SourceInfo> known = source(source);
        if (known.isPresent() && known.get().hash().equals(hash)) {
            return new IngestResult(source, kind, "unchanged", known.get().chunks());
        }
        List<Section> pieces = Chunker.chunk(sections);
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Section s = pieces.get(i);
            Chunk c = new Chunk(source, i + 1, s.heading(), s.text(), s.entryId(), "");
            chunks.add(new Chunk(source, i + 1, s.heading(), s.text(), s.entryId(), language(c.indexedText())));
        }
        List<float[]> vectors =
                embedder.embedAll(chunks.stream().map(Chunk::indexedText).toList());
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            docs.add(chunkDocument(chunks.get(i), kind, hash, vectors.get(i)));
        }
        docs.add(manifest(source, kind, hash, chunks.size()));
        index.replace(source, docs);
        return new IngestResult(source, kind, known.isPresent() ? "replaced" : "added", chunks.size());
    }

    /** Removes a source and its chunks; false when it was not there. */
    public boolean remove(String source) {
        if (source(source).isEmpty()) {
            return false;
        }
        index.remove(source);
        return true;
    }

    public List<Passage> search(String query, int k, SearchMode mode) {
        return retriever.search(query, k, mode);
    }

    /** Every ingested source, by name. */
    public List<SourceInfo> sources() {
        return index.withSearcher(searcher -> {
            TopDocs docs = searcher.search(
                    new TermQuery(new Term(KnowledgeIndex.TYPE, KnowledgeIndex.TYPE_SOURCE)), Integer.MAX_VALUE);
            List<SourceInfo> out = new ArrayList<>();
            for (ScoreDoc sd : docs.scoreDocs) {
                out.add(sourceInfo(searcher.storedFields().document(sd.doc)));
            }
            out.sort(java.util.Comparator.comparing(SourceInfo::source));
            return out;
        });
    }

    public Optional<SourceInfo> source(String source) {
        return sources().stream().filter(s -> s.source().equals(source)).findFirst();
    }

    /** The number of indexed chunks. */
    public int chunkCount() {
        return sources().stream().mapToInt(SourceInfo::chunks).sum();
    }

    /** {@code en} or {@code zh}: the space and analyzer a text belongs to (anything not Chinese is English). */
    public String language(String text) {
        return detector.detect(text).language() == Language.CHINESE ? "zh" : "en";
    }

    /** The embedding model that serves a language, recorded with extractive answers. */
    public String embeddingModel(String language) {
        return embedder.forLanguage(language.equals("zh") ? Language.CHINESE : Language.ENGLISH)
                .model();
    }

    private Document chunkDocument(Chunk c, String kind, String hash, float[] vector) {
        Document d = new Document();
        d.add(new StringField(KnowledgeIndex.TYPE, KnowledgeIndex.TYPE_CHUNK, Field.Store.NO));
        d.add(new StringField(KnowledgeIndex.SOURCE, c.source(), Field.Store.YES));
        d.add(new StoredField(KnowledgeIndex.KIND, kind));
        d.add(new StoredField(KnowledgeIndex.HASH, hash));
        d.add(new StoredField(KnowledgeIndex.POSITION, c.position()));
        d.add(new StoredField(KnowledgeIndex.HEADING, c.heading()));
        d.add(new StoredField(KnowledgeIndex.TEXT, c.text()));
        d.add(new StringField(KnowledgeIndex.ENTRY, c.entryId(), Field.Store.YES));
        d.add(new StringField(KnowledgeIndex.LANGUAGE, c.language(), Field.Store.YES));
        d.add(new TextField(KnowledgeIndex.TEXT_EN, c.indexedText(), Field.Store.NO));
        d.add(new TextField(KnowledgeIndex.TEXT_ZH, c.indexedText(), Field.Store.NO));
        d.add(new KnnFloatVectorField(
                KnowledgeIndex.vectorField(c.language()), vector, VectorSimilarityFunction.DOT_PRODUCT));
        d.add(new StoredField(KnowledgeIndex.VECTOR_STORED, new BytesRef(bytes(vector))));
        return d;
    }

    private Document manifest(String source, String kind, String hash, int chunks) {
        Document d = new Document();
        d.add(new StringField(KnowledgeIndex.TYPE, KnowledgeIndex.TYPE_SOURCE, Field.Store.NO));
        d.add(new StringField(KnowledgeIndex.SOURCE, source, Field.Store.YES));
        d.add(new StoredField(KnowledgeIndex.KIND, kind));
        d.add(new StoredField(KnowledgeIndex.HASH, hash));
        d.add(new StoredField(KnowledgeIndex.CHUNKS, chunks));
        d.add(new StoredField(KnowledgeIndex.INGESTED_AT, clock.instant().toString()));
        return d;
    }

    private static SourceInfo sourceInfo(Document d) {
        return new SourceInfo(
                d.get(KnowledgeIndex.SOURCE),
                d.get(KnowledgeIndex.KIND),
                d.get(KnowledgeIndex.HASH),
                d.getField(KnowledgeIndex.CHUNKS).numericValue().intValue(),
                Instant.parse(d.get(KnowledgeIndex.INGESTED_AT)));
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(BytesRef ref) {
        ByteBuffer buffer = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[ref.length / Float.BYTES];
        buffer.asFloatBuffer().get(out);
        return out;
    }

    /** The SHA-256 of some content, in hex: what decides whether a source changed. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
