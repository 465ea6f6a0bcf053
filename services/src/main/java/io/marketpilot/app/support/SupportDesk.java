package io.marketpilot.app.support;

import io.marketpilot.app.insight.StoreRecommendations;
import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.assistant.chat.BilingualSentimentReader;
import io.marketpilot.assistant.chat.GroundedAnswerer;
import io.marketpilot.assistant.chat.HandOffs;
import io.marketpilot.assistant.chat.PromptLeakGuard;
import io.marketpilot.assistant.chat.SupportAssistant;
import io.marketpilot.assistant.kb.DocumentReader;
import io.marketpilot.assistant.kb.IngestResult;
import io.marketpilot.assistant.kb.KnowledgeBase;
import io.marketpilot.assistant.kb.Section;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationRepository;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The support assistant over the store: the knowledge base lives in {@code <data-dir>/kb} (a Lucene index), the
 * conversations in the store. The embedding models and the index open on first use, so commands that never touch
 * support do not pay for loading them, and only one process at a time holds the index.
 */
public final class SupportDesk implements AutoCloseable {
    private final Path indexDir;
    private final ConversationRepository conversations;
    private final LanguageModel languageModel;
    private final ProductRepository products;
    private final CustomerRepository customers;
    private final StoreRecommendations recommendations;
    private final Clock clock;
    private final SupportSettings settings;
    private final HandOffs handOffs;
    private final io.marketpilot.assistant.chat.IntentSource intents;
    private final java.util.function.Supplier<BilingualEmbedder> embedder;
    /** Opened on first use, closed (and forgotten) by {@link #close}. */
    private @Nullable KnowledgeBase kb;
    /** Built on first use over {@link #kb}; forgotten with it. */
    private @Nullable SupportAssistant assistant;

    public SupportDesk(
            Path dataDir,
            ConversationRepository conversations,
            LanguageModel languageModel,
            ProductRepository products,
            CustomerRepository customers,
            StoreRecommendations recommendations,
            java.util.function.Supplier<BilingualEmbedder> embedder,
            Clock clock,
            SupportSettings settings,
            WebhookEvents webhooks,
            io.marketpilot.assistant.chat.IntentSource intents) {
        this.intents = intents;
        this.indexDir = dataDir.resolve("kb");
        this.embedder = embedder;
        this.conversations = conversations;
        this.languageModel = languageModel;
        this.products = products;
        this.customers = customers;
        this.recommendations = recommendations;
        this.clock = clock;
        this.settings = settings;
        this.handOffs = new EscalationAnnouncer(webhooks, clock);
    }

    public SupportSettings settings() {
        return settings;
    }

    public ConversationRepository conversations() {
        return conversations;
    }

    /**
     * Opens a conversation on {@code channel}, tied to the customer when the caller knows who it is with (an unknown
     * customer is refused): an escalation of a known customer holds them back from promotions.
     */
    public Conversation start(String channel, Optional<String> customerId) {
        customerId.ifPresent(this::requireCustomer);
        return assistant().start(channel, customerId);
    }

    /** Ties a conversation to the customer it is with, as an agent learned; returns it as stored. */
    public Conversation tieToCustomer(String conversationId, String customerId) {
        requireCustomer(customerId);
        conversations.tieToCustomer(conversationId, customerId);
        return conversations
                .find(conversationId)
                .orElseThrow(() -> MarketPilotException.notFound("Conversation", conversationId));
    }

    private void requireCustomer(String customerId) {
        if (customerId.isBlank() || customers.find(customerId).isEmpty()) {
            throw MarketPilotException.invalid("Customer '" + customerId + "' is unknown");
        }
    }

    /** The model that writes answers (offline: extractive answers). */
    public LanguageModel languageModel() {
        return languageModel;
    }

    public synchronized KnowledgeBase knowledgeBase() {
        if (kb == null) {
            kb = KnowledgeBase.onDisk(indexDir, embedder(), new LanguageDetector(), clock);
        }
        return kb;
    }

    public synchronized SupportAssistant assistant() {
        if (assistant == null) {
            KnowledgeBase base = knowledgeBase();
            LanguageDetector detector = new LanguageDetector();
            BilingualEmbedder embedder = embedder();
            assistant = new SupportAssistant(
                    conversations,
                    base,
                    new GroundedAnswerer(languageModel, new PromptLeakGuard(embedder)),
                    BilingualSentimentReader.bundled(
                            detector, embedder.forLanguage(Language.ENGLISH), embedder.forLanguage(Language.CHINESE)),
                    new CatalogueSuggestions(base, products, recommendations),
                    clock,
                    handOffs,
                    intents);
        }
        return assistant;
    }

    /** The bge-small models, loaded once (a few seconds) and shared with the rest of the application. */
    public BilingualEmbedder embedder() {
        return embedder.get();
    }

    /** Ingests files, and every supported file inside directories; each file is one source named by its name. */
    public List<IngestResult> ingest(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(SupportDesk::supported)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw MarketPilotException.invalid("Cannot read the directory " + p + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                DocumentReader.kind(p);
                files.add(p);
            } else {
                throw MarketPilotException.invalid("No such file or directory: " + p);
            }
        }
        KnowledgeBase base = knowledgeBase();
        return files.stream().map(base::ingestFile).toList();
    }

    /** Indexes the store's product catalogue as the source {@code catalogue} (skipped when it did not change). */
    public IngestResult ingestCatalogue() {
        List<Section> sections = CatalogueSource.sections(products.all());
        if (sections.isEmpty()) {
            return new IngestResult(KnowledgeBase.CATALOGUE, "catalogue", "unchanged", 0);
        }
        return knowledgeBase().ingest(KnowledgeBase.CATALOGUE, "catalogue", sections, CatalogueSource.hash(sections));
    }

    private static boolean supported(Path file) {
        try {
            DocumentReader.kind(file);
            return !file.getFileName().toString().equalsIgnoreCase("PROVENANCE.md");
        } catch (MarketPilotException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (kb != null) {
            kb.close();
            kb = null;
            assistant = null;
        }
    }
}
