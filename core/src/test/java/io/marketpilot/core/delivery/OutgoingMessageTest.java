package io.marketpilot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    private static OutgoingMessage.Builder message() {
        return OutgoingMessage.builder("spring:C-1", "email", "ann@example.com", "Hello Ann");
    }

    @Test
    void keepsEveryPartAndStripsTheSingleLineOnes() {
        OutgoingMessage m = message()
                .subject("  Spring offers  ")
                .html("<p>Hello Ann</p>")
                .unsubscribe(new Unsubscribe(
                        URI.create("https://shop.example/u/abc"), Optional.of(URI.create("mailto:u@shop.example"))))
                .header("Reply-To", "help@shop.example")
                .metadata(MessageMetadata.campaign("spring", "C-1").withContent("42", "B"))
                .build();

        assertThat(m.subject()).contains("Spring offers");
        assertThat(m.html()).contains("<p>Hello Ann</p>");
        assertThat(m.unsubscribe())
                .hasValueSatisfying(u -> assertThat(u.oneClick()).isTrue());
        assertThat(m.headers()).containsEntry("reply-to", "help@shop.example");
        assertThat(m.metadata().variant()).contains("B");
    }

    @Test
    void blankOptionalPartsBecomeAbsent() {
        OutgoingMessage m = message().subject(" ").html("\u200B").build();

        assertThat(m.subject()).isEmpty();
        assertThat(m.html()).isEmpty();
    }

    @Test
    void refusesALineBreakInTheSubjectOrAHeaderSoNoFieldCanBeInjected() {
        assertThatThrownBy(() -> message().subject("Hi\r\nBcc: all@example.com").build())
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("subject contains the control character");
        assertThatThrownBy(() ->
                        message().header("X-Note", "a\nBcc: x@example.com").build())
                .hasMessageContaining("header X-Note contains the control character");
    }

    @Test
    void refusesHeadersThatTheChannelWritesItself() {
        assertThatThrownBy(() -> message()
                        .header("List-Unsubscribe", "<https://x.example>")
                        .build())
                .hasMessageContaining("cannot be set");
        assertThatThrownBy(() -> message().header("BCC", "all@example.com").build())
                .hasMessageContaining("cannot be set");
    }

    @Test
    void refusesMalformedAndRepeatedHeaderNames() {
        assertThatThrownBy(() -> message().header("X Note", "a").build()).hasMessageContaining("header name");
        assertThatThrownBy(() -> message().header("X-Note:", "a").build()).hasMessageContaining("header name");

        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("X-Note", "a");
        twice.put("x-note", "b");
        assertThatThrownBy(() -> new OutgoingMessage(
                        "k",
                        "email",
                        "a@b.example",
                        Optional.empty(),
                        "t",
                        Optional.empty(),
                        Optional.empty(),
                        twice,
                        MessageMetadata.none()))
                .hasMessageContaining("given twice");
    }

    @Test
    void requiresAKeyARecipientAndATextBody() {
        assertThatThrownBy(() -> OutgoingMessage.builder(" ", "email", "a@b.example", "t")
                        .build())
                .hasMessageContaining("message key is required");
        assertThatThrownBy(() -> OutgoingMessage.builder("k", "email", "", "t").build())
                .hasMessageContaining("recipient is required");
        assertThatThrownBy(() -> OutgoingMessage.builder("k", "email", "a@b.example", " \n ")
                        .build())
                .hasMessageContaining("text is required");
    }

    @Test
    void keysArePrintableAsciiBecauseTheyTravelInHeaderFields() {
        assertThatThrownBy(() -> OutgoingMessage.builder("春:C-1", "email", "a@b.example", "t")
                        .build())
                .hasMessageContaining("message key may hold only printable ASCII");
    }

    @Test
    void channelNamesAreLowerCaseWords() {
        assertThatThrownBy(() -> OutgoingMessage.builder("k", "E-Mail", "a@b.example", "t")
                        .build())
                .hasMessageContaining("lower-case name");
        assertThat(OutgoingMessage.builder("k", "sms-twilio_2", "+4412345", "t")
                        .build()
                        .channel())
                .isEqualTo("sms-twilio_2");
    }

    @Test
    void refusesValuesWiderThanTheirLimits() {
        assertThatThrownBy(() -> OutgoingMessage.builder("k".repeat(201), "email", "a@b.example", "t")
                        .build())
                .hasMessageContaining("message key is longer than 200");
        assertThatThrownBy(() -> message().subject("s".repeat(901)).build())
                .hasMessageContaining("subject is longer than 900");
        assertThatThrownBy(() -> message()
                        .metadata(MessageMetadata.campaign("c".repeat(65), "C-1"))
                        .build())
                .hasMessageContaining("campaign id is longer than 64");
    }

    @Test
    void aChannelCanBeSwappedKeepingEverythingElse() {
        OutgoingMessage m = message().subject("s").build();

        assertThat(m.withChannel("outbox"))
                .isEqualTo(new OutgoingMessage(
                        m.key(),
                        "outbox",
                        m.recipient(),
                        m.subject(),
                        m.text(),
                        m.html(),
                        m.unsubscribe(),
                        m.headers(),
                        m.metadata()));
    }
}
