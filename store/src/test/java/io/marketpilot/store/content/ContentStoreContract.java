package io.marketpilot.store.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentProvenance;
import io.marketpilot.core.content.ContentQuery;
import io.marketpilot.core.content.ContentReview;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.content.ContentTarget;
import io.marketpilot.store.Database;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stored content and brand voice, run against every real database by the subclasses. */
abstract class ContentStoreContract {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    protected Database db;
    private JdbcContentRepository content;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void setUp() {
        db = open();
        content = new JdbcContentRepository(db);
    }

    @AfterEach
    void tearDown() {
        cleanUp();
        db.close();
    }

    static ContentItem item(String batch, String channel, String segment, String customer, String subject) {
        return new ContentItem(
                0,
                batch,
                NOW,
                new ContentTarget(channel, "zh", segment, customer, "CAB-100", "win back", "warm"),
                "value",
                "{\"subject\":\"" + subject + "\"}",
                "system…\nuser…",
                "{\"scores\":{}}",
                new ContentProvenance("offline", "composer", ""),
                ContentReview.draft());
    }

    @Test
    void savedItemsComeBackWithTheirTargetProvenanceAndChineseText() {
        List<ContentItem> saved = content.saveAll(
                List.of(item("b1", "email", "Bargain hunters", null, "限时优惠"), item("b1", "email", null, "C1", "Hi")));

        assertThat(saved).extracting(ContentItem::id).doesNotContain(0L).doesNotHaveDuplicates();
        ContentItem back = content.find(saved.getFirst().id()).orElseThrow();
        assertThat(back.fields()).contains("限时优惠");
        assertThat(back.target().segment()).isEqualTo("Bargain hunters");
        assertThat(back.provenance().provider()).isEqualTo("offline");
        assertThat(back.review().status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(content.list(new ContentQuery(Optional.empty(), Optional.empty(), Optional.of("b1"), 0, 10))
                        .total())
                .isEqualTo(2);
    }

    @Test
    void reviewFollowsTheWorkflowAndOnlyApprovedContentCanBeUsed() {
        long id = content.saveAll(List.of(item("b", "sms", "S", null, "x")))
                .getFirst()
                .id();

        assertThatThrownBy(() -> content.markUsed(id, "spring"))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(content.approved()).isEmpty();

        ContentItem approved = content.review(id, ContentStatus.APPROVED, "ana", "good", NOW);
        assertThat(approved.review().reviewer()).isEqualTo("ana");
        assertThat(approved.review().comment()).isEqualTo("good");
        assertThat(content.approved()).extracting(ContentItem::id).containsExactly(id);

        ContentItem used = content.markUsed(id, "spring");
        assertThat(used.review().status()).isEqualTo(ContentStatus.USED);
        assertThat(used.review().usedIn()).isEqualTo("spring");
        assertThatThrownBy(() -> content.edit(id, "{}", "{}")).isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> content.review(id, ContentStatus.REJECTED, "ana", "", NOW))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void editingAnApprovedTextSendsItBackToDraft() {
        long id = content.saveAll(List.of(item("b", "email", "S", null, "old")))
                .getFirst()
                .id();
        content.review(id, ContentStatus.APPROVED, "ana", null, NOW);

        ContentItem edited = content.edit(id, "{\"subject\":\"new\"}", "{}");

        assertThat(edited.review().status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(edited.fields()).contains("new");
        assertThat(content.approved()).isEmpty();
    }

    @Test
    void examplesAreApprovedTextsOfTheSameChannelAndSegmentWinnersFirst() {
        List<ContentItem> saved = content.saveAll(List.of(
                item("b", "email", "Loyal", null, "first"),
                item("b", "email", "Loyal", null, "second"),
                item("b", "email", "Other", null, "other segment"),
                item("b", "sms", "Loyal", null, "other channel"),
                item("b", "email", "Loyal", null, "draft")));
        for (int i = 0; i < 4; i++) {
            content.review(saved.get(i).id(), ContentStatus.APPROVED, "ana", null, NOW);
        }
        content.markWon(saved.getFirst().id());

        List<ContentItem> examples = content.examples("email", "zh", "Loyal", 5);

        assertThat(examples)
                .extracting(ContentItem::id)
                .containsExactly(saved.get(0).id(), saved.get(1).id());
        assertThat(examples.getFirst().review().won()).isTrue();
    }

    @Test
    void forgettingACustomerDeletesTheTextsWrittenForThem() {
        content.saveAll(List.of(item("b", "email", null, "C9", "for C9"), item("b", "email", "S", null, "segment")));

        int erased =
                db.jdbi().inTransaction(h -> JdbcContentRepository.erasure().erase(h, "C9"));

        assertThat(erased).isEqualTo(1);
        assertThat(content.list(ContentQuery.latest(10)).items())
                .extracting(i -> i.target().customerId())
                .containsOnlyNulls();
    }

    @Test
    void brandVoiceIsEmptyUntilSavedAndSavingReplacesIt() {
        var voices = new JdbcBrandVoiceRepository(db);
        assertThat(voices.find()).isEmpty();

        voices.save(
                new BrandVoice("Calm", List.of("simple"), List.of("cheap"), List.of("保证"), List.of("例子"), NOW, "ana"));
        voices.save(new BrandVoice("Warm", List.of(), List.of(), List.of("guaranteed"), List.of("Hello"), NOW, "bo"));

        BrandVoice back = voices.find().orElseThrow();
        assertThat(back.description()).isEqualTo("Warm");
        assertThat(back.bannedPhrases()).containsExactly("guaranteed");
        assertThat(back.examples()).containsExactly("Hello");
        assertThat(back.updatedBy()).isEqualTo("bo");
    }
}
