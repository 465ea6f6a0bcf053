package io.marketpilot.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.Delivered;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Channel} does, run against each implementation with a real receiver (STYLE.md habit 16): a
 * delivered message arrives whole at the receiver, refusals and outages come back as the right kind of failure, and no
 * exception escapes. A channel whose receiver cannot refuse (the outbox) skips those cases.
 */
public abstract class ChannelContract {

    /** What the receiver holds of one message, read back its own way (a mailbox, a request log, the outbox). */
    public record Received(
            String recipient,
            Optional<String> subject,
            String text,
            Optional<String> html,
            String messageKey,
            Optional<String> unsubscribeUrl,
            Optional<String> unsubscribeMailto,
            boolean oneClick) {}

    /** The channel to a working receiver. */
    protected abstract Channel channel();

    /** Everything the working receiver holds, in the order it arrived. */
    protected abstract List<Received> received();

    /** The channel to a receiver that is down (nothing listens, the store is gone). */
    protected abstract Channel unreachable();

    /** The channel to a receiver that takes the connection and drops it without a word. */
    protected abstract Channel hangingUp();

    /** The channel to a receiver that refuses every recipient's address for good, when it can refuse. */
    protected abstract Optional<Channel> refusingRecipients();

    /** The channel to a receiver that asks to be tried later, when it can. */
    protected abstract Optional<Channel> busy();

    private static OutgoingMessage message(String key, String recipient) {
        return TestMessages.message(key, recipient);
    }

    private static List<OutgoingMessage> batch(int size) {
        return TestMessages.batch(size);
    }

    @Test
    void aDeliveredMessageArrivesWholeWithItsKeyAndUnsubscribeLinks() {
        OutgoingMessage sent = message("spring:C-1", "ann@example.com");

        DeliveryResult result = channel().send(sent);

        assertThat(result).isInstanceOf(Delivered.class);
        assertThat(received())
                .containsExactly(new Received(
                        "ann@example.com",
                        Optional.of("Spring offers for you, Ann"),
                        "Hello Ann,\nour spring offers are here.\n",
                        Optional.of("<p>Hello Ann,</p><p>our <b>spring</b> offers are here.</p>"),
                        "spring:C-1",
                        Optional.of("https://shop.example/u/spring-C-1?sig=abc123"),
                        Optional.of("mailto:unsubscribe@shop.example?subject=spring-C-1"),
                        true));
    }

    @Test
    void aTextOnlyMessageArrivesWithoutHtmlOrSubjectOrLinks() {
        OutgoingMessage sent = OutgoingMessage.builder("notice:C-2", "test", "bob@example.com", "Your code is 1234")
                .build();

        assertThat(channel().send(sent)).isInstanceOf(Delivered.class);
        assertThat(received())
                .containsExactly(new Received(
                        "bob@example.com",
                        Optional.empty(),
                        "Your code is 1234",
                        Optional.empty(),
                        "notice:C-2",
                        Optional.empty(),
                        Optional.empty(),
                        false));
    }

    @Test
    void aBatchGivesOneResultPerMessageInOrderAndEveryMessageArrives() {
        List<OutgoingMessage> messages = batch(5);

        List<DeliveryResult> results = channel().sendAll(messages);

        assertThat(results).hasSize(5).allMatch(DeliveryResult::delivered);
        assertThat(results.stream().map(r -> ((Delivered) r).providerMessageId()))
                .doesNotHaveDuplicates();
        assertThat(received().stream().map(Received::messageKey))
                .containsExactlyElementsOf(
                        messages.stream().map(OutgoingMessage::key).toList());
    }

    @Test
    void aRefusedRecipientIsAPermanentFailureThatSuppressesTheAddress() {
        Optional<Channel> refusing = refusingRecipients();
        assumeTrue(refusing.isPresent(), "this receiver never refuses an address");

        DeliveryResult result = refusing.get().send(message("spring:C-9", "gone@example.com"));

        assertThat(result).isInstanceOfSatisfying(PermanentFailure.class, f -> {
            assertThat(f.suppressesRecipient()).isTrue();
            assertThat(f.code()).isNotBlank();
            assertThat(f.reason()).isNotBlank();
        });
    }

    @Test
    void aBusyReceiverIsATemporaryFailure() {
        Optional<Channel> busy = busy();
        assumeTrue(busy.isPresent(), "this receiver never asks to wait");

        assertThat(busy.get().send(message("spring:C-3", "ann@example.com"))).isInstanceOf(TemporaryFailure.class);
    }

    @Test
    void aReceiverThatIsDownFailsEveryMessageTemporarilyWithoutAnException() {
        assertThatCode(() -> {
                    List<DeliveryResult> results = unreachable().sendAll(batch(3));
                    assertThat(results).hasSize(3).allMatch(r -> r instanceof TemporaryFailure);
                    assertThat(unreachable().send(message("spring:C-4", "ann@example.com")))
                            .isInstanceOfSatisfying(TemporaryFailure.class, f -> assertThat(f.reason())
                                    .isNotBlank());
                })
                .doesNotThrowAnyException();
    }

    @Test
    void aReceiverThatHangsUpIsATemporaryFailureWithoutAnException() {
        assertThatCode(() -> assertThat(hangingUp().send(message("spring:C-5", "ann@example.com")))
                        .isInstanceOf(TemporaryFailure.class))
                .doesNotThrowAnyException();
    }
}
