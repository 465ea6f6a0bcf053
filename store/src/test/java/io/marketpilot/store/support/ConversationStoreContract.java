package io.marketpilot.store.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationStatus;
import io.marketpilot.core.support.Speaker;
import io.marketpilot.core.support.Turn;
import io.marketpilot.store.Database;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The conversation store's behaviour, run against H2 and PostgreSQL by the subclasses (as StoreContract). */
abstract class ConversationStoreContract {
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 10, 0);

    protected Database db;
    private JdbcConversationRepository repo;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void setUp() {
        db = open();
        repo = new JdbcConversationRepository(db, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        cleanUp();
        db.close();
    }

    private Conversation open(String id) {
        Conversation c = new Conversation(id, ConversationStatus.OPEN, "widget", "en", "", T0, T0);
        repo.create(c);
        return c;
    }

    private static Turn turn(String conversation, Speaker speaker, String text, String outcome) {
        return new Turn(conversation, 0, speaker, text, "", 0, outcome, List.of(), "test", T0);
    }

    @Test
    void onlyOpenEscalationsTiedToACustomerAreListedAndForgettingTheCustomerDeletesTheirs() {
        repo.create(new Conversation("known", ConversationStatus.OPEN, "cli", "en", "", T0, T0, Optional.of("K1")));
        repo.append(turn("known", Speaker.CUSTOMER, "My order never came", ""));
        open("anonymous");
        open("later");
        repo.tieToCustomer("later", "K2");
        repo.updateStatus("known", ConversationStatus.HANDOFF, "explicit request");
        repo.updateStatus("anonymous", ConversationStatus.HANDOFF, "explicit request");

        assertThat(repo.find("later").orElseThrow().customerId()).contains("K2");
        assertThat(repo.openEscalationsWithCustomer())
                .extracting(Conversation::id)
                .containsExactly("known");
        repo.updateStatus("later", ConversationStatus.HANDOFF, "anger");
        assertThat(repo.openEscalationsWithCustomer())
                .extracting(Conversation::customerId)
                .containsExactlyInAnyOrder(Optional.of("K1"), Optional.of("K2"));
        repo.updateStatus("later", ConversationStatus.CLOSED, "");
        assertThat(repo.openEscalationsWithCustomer())
                .extracting(Conversation::id)
                .containsExactly("known");
        assertThatThrownBy(() -> repo.tieToCustomer("nope", "K1")).isInstanceOf(MarketPilotException.class);

        int erased = db.jdbi()
                .inTransaction(h -> JdbcConversationRepository.erasure().erase(h, "K1"));

        assertThat(erased).isEqualTo(1);
        assertThat(repo.find("known")).isEmpty();
        assertThat(repo.turns("known")).isEmpty();
        assertThat(repo.find("anonymous")).isPresent();
        assertThat(repo.find("later")).isPresent();
    }

    @Test
    void turnsAreNumberedInOrderAndKeepWhatWasLearned() {
        open("c1");
        Turn q = repo.append(new Turn(
                "c1",
                0,
                Speaker.CUSTOMER,
                "Where is my parcel? 我的包裹在哪",
                "order_issue",
                -0.4,
                "",
                List.of(),
                "vader-3.3.2",
                T0));
        Turn a = repo.append(new Turn(
                "c1",
                0,
                Speaker.ASSISTANT,
                "Orders ship in 2 days [1].",
                "",
                0,
                "answered",
                List.of("shipping.md#1", "faq.csv#3"),
                "extractive/bge-small-en-v1.5",
                T0));

        assertThat(q.seq()).isEqualTo(1);
        assertThat(a.seq()).isEqualTo(2);
        List<Turn> turns = repo.turns("c1");
        assertThat(turns).containsExactly(q, a);
        assertThat(turns.get(0).text()).isEqualTo("Where is my parcel? 我的包裹在哪");
        assertThat(turns.get(1).citations()).containsExactly("shipping.md#1", "faq.csv#3");
        assertThat(repo.turnsAfter("c1", 1)).containsExactly(a);
    }

    @Test
    void conversationsDoNotSeeEachOthersTurns() {
        open("a");
        open("b");
        repo.append(turn("a", Speaker.CUSTOMER, "my secret order 123", ""));
        repo.append(turn("b", Speaker.CUSTOMER, "hello", ""));

        assertThat(repo.turns("b")).extracting(Turn::text).containsExactly("hello");
        assertThat(repo.turns("b").getFirst().seq()).isEqualTo(1);
    }

    @Test
    void appendingToAnUnknownConversationIsRefused() {
        assertThatThrownBy(() -> repo.append(turn("nope", Speaker.CUSTOMER, "hi", "")))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void concurrentAppendsGetDistinctNumbers() throws Exception {
        open("busy");
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Turn>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String text = "m" + i;
                futures.add(pool.submit(() -> repo.append(turn("busy", Speaker.CUSTOMER, text, ""))));
            }
            for (Future<Turn> f : futures) {
                f.get();
            }
        }
        assertThat(repo.turns("busy")).extracting(Turn::seq).containsExactlyElementsOf(rangeClosed(20));
    }

    @Test
    void handOffQueueAndStatusCounts() {
        open("x");
        open("y");
        repo.updateStatus("y", ConversationStatus.HANDOFF, "explicit request");

        assertThat(repo.recent(Optional.of(ConversationStatus.HANDOFF), 10))
                .extracting(Conversation::id, Conversation::handoffReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("y", "explicit request"));
        assertThat(repo.recent(Optional.empty(), 10)).hasSize(2);
        assertThat(repo.countByStatus())
                .containsEntry(ConversationStatus.OPEN, 1L)
                .containsEntry(ConversationStatus.HANDOFF, 1L)
                .containsEntry(ConversationStatus.CLOSED, 0L);
        assertThatThrownBy(() -> repo.updateStatus("z", ConversationStatus.CLOSED, ""))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void unansweredQuestionsAreTheCustomerTurnsBeforeANotFound() {
        open("u");
        repo.append(turn("u", Speaker.CUSTOMER, "do you ship to Mars?", "question"));
        repo.append(turn("u", Speaker.ASSISTANT, "I don't know", "not_found"));
        repo.append(turn("u", Speaker.CUSTOMER, "how long is delivery?", "question"));
        repo.append(turn("u", Speaker.ASSISTANT, "3 days", "answered"));

        assertThat(repo.unanswered(10)).extracting(Turn::text).containsExactly("do you ship to Mars?");
    }

    private static List<Integer> rangeClosed(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }
}
