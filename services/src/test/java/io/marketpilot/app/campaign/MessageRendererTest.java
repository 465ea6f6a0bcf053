package io.marketpilot.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.campaigns.links.LinkPurpose;
import io.marketpilot.campaigns.links.LinkToken;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentProvenance;
import io.marketpilot.core.content.ContentReview;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.content.ContentTarget;
import io.marketpilot.core.delivery.OutgoingMessage;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageRendererTest {
    static final CampaignKeys KEYS = CampaignKeys.of("a test secret that is long enough for campaigns");
    static final Instant DUE = Instant.parse("2026-05-04T09:00:00Z");
    static final MessageRenderer RENDERER = new MessageRenderer(
            new TrackingLinks(KEYS.links(), URI.create("https://mp.shop.example")),
            Optional.of(URI.create("https://shop.example/spring")));

    static Campaign campaign(ChannelKind channel) {
        return Campaign.draft(
                "spring-sale",
                "Spring sale",
                AudienceSpec.Segment.byIndex(Optional.empty(), 0),
                new ContentRef.Approved(List.of(7L)),
                channel,
                new Schedule.Now(QuietHours.NONE),
                "ann",
                DUE.minusSeconds(3600));
    }

    static ContentItem item(String channel, String language, String fields) {
        return new ContentItem(
                7,
                "batch-1",
                LocalDateTime.parse("2026-05-01T10:00:00"),
                new ContentTarget(channel, language, "Loyal", null, null, "spring", "friendly"),
                "benefit",
                fields,
                "",
                "{}",
                new ContentProvenance("offline", "composer", ""),
                new ContentReview(ContentStatus.APPROVED, "bob", "", null, null, false));
    }

    static final ContentItem EMAIL = item(
            "email",
            "en",
            "{\"subject\":\"Spring for {{first_name}}\",\"preheader\":\"{{offer}}\","
                    + "\"body\":\"Hi {{first_name}} <you>,\\n\\nSee https://shop.example/new.\\n\\n{{picked_for_you}}\\n\\n{{unknown_field}}Bye\","
                    + "\"cta\":\"Shop now\"}");

    static final Recipient ANN = new Recipient(
            "C1",
            "ann@example.com",
            Optional.of("Ann Lee"),
            Optional.of("Germany"),
            List.of("Red mug", "Tea pot"),
            OfferByValue.MIDDLE);

    OutgoingMessage render(ContentItem item, Recipient recipient, ChannelKind channel) {
        return RENDERER.render(campaign(channel), item, Optional.empty(), recipient, "email", DUE);
    }

    @Test
    void fillsMergeFieldsInSubjectTextAndHtml() {
        OutgoingMessage m = render(EMAIL, ANN, ChannelKind.EMAIL);

        assertThat(m.subject()).contains("Spring for Ann");
        assertThat(m.text()).startsWith("Hi Ann <you>,").contains("Picked for you: Red mug, Tea pot.");
        assertThat(m.text()).doesNotContain("{{").doesNotContain("unknown_field");
        assertThat(m.html().orElseThrow())
                .contains("Hi Ann &lt;you&gt;,")
                .contains(OfferByValue.MIDDLE)
                .doesNotContain("<you>");
        assertThat(m.key()).isEqualTo("spring-sale/C1");
        assertThat(m.recipient()).isEqualTo("ann@example.com");
        assertThat(m.metadata().campaignId()).contains("spring-sale");
        assertThat(m.metadata().customerId()).contains("C1");
    }

    @Test
    void greetsPolitelyAndDropsThePicksLineWhenNothingIsKnown() {
        Recipient anonymous =
                new Recipient("C2", "c2@example.com", Optional.empty(), Optional.empty(), List.of(), OfferByValue.REST);

        OutgoingMessage m = render(EMAIL, anonymous, ChannelKind.EMAIL);

        assertThat(m.subject()).contains("Spring for there");
        assertThat(m.text()).doesNotContain("Picked for you").doesNotContain("\n\n\n");
    }

    @Test
    void rewritesEveryLinkToASignedClickThatLeadsOnlyToItsOriginalTarget() {
        OutgoingMessage m = render(EMAIL, ANN, ChannelKind.EMAIL);

        List<String> clicks = urls(m.text(), "/c/");
        assertThat(clicks).hasSize(2); // the link in the body and the call to action
        assertThat(m.text()).doesNotContain("https://shop.example/new");
        List<String> targets = clicks.stream()
                .map(url -> KEYS.links().verify(TrackingLinks.token(URI.create(url)), LinkPurpose.CLICK, DUE))
                .map(t -> t.target().orElseThrow())
                .toList();
        assertThat(targets).containsExactly("https://shop.example/new", "https://shop.example/spring");
        // the HTML shows the address the customer reads, and links the signed redirect
        assertThat(m.html().orElseThrow())
                .contains(">https://shop.example/new</a>")
                .contains(clicks.getFirst());
    }

    @Test
    void carriesSignedUnsubscribeAndPreferenceLinksAndAnOpenPixel() {
        OutgoingMessage m = render(EMAIL, ANN, ChannelKind.EMAIL);

        URI unsubscribe = m.unsubscribe().orElseThrow().web();
        assertThat(unsubscribe.toString()).startsWith("https://mp.shop.example/u/");
        LinkToken token = KEYS.links().verify(TrackingLinks.token(unsubscribe), LinkPurpose.UNSUBSCRIBE, DUE);
        assertThat(token.campaignId()).isEqualTo("spring-sale");
        assertThat(token.customerId()).isEqualTo("C1");
        assertThat(m.unsubscribe().orElseThrow().oneClick()).isTrue();
        assertThat(m.text()).contains("Unsubscribe: " + unsubscribe);
        String html = m.html().orElseThrow();
        assertThat(html).contains("href=\"" + unsubscribe + "\"");
        String pixel = urls(html, "/o/").getFirst();
        assertThat(KEYS.links()
                        .verify(TrackingLinks.token(URI.create(pixel)), LinkPurpose.OPEN, DUE)
                        .customerId())
                .isEqualTo("C1");
        String preferences = urls(m.text(), "/p/").getFirst();
        assertThat(KEYS.links()
                        .verify(TrackingLinks.token(URI.create(preferences)), LinkPurpose.PREFERENCES, DUE)
                        .customerId())
                .isEqualTo("C1");
    }

    @Test
    void aTokenForOneRecipientOrPurposeIsRefusedForAnother() {
        OutgoingMessage m = render(EMAIL, ANN, ChannelKind.EMAIL);
        String unsubscribeToken =
                TrackingLinks.token(m.unsubscribe().orElseThrow().web());

        assertThatThrownBy(() -> KEYS.links().verify(unsubscribeToken, LinkPurpose.CLICK, DUE))
                .isInstanceOf(MarketPilotException.class);
        String altered = unsubscribeToken.replaceFirst("^.", unsubscribeToken.startsWith("A") ? "B" : "A");
        assertThatThrownBy(() -> KEYS.links().verify(altered, LinkPurpose.UNSUBSCRIBE, DUE))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void rendersTheSameMessageAgainForTheSameDueTime() {
        assertThat(render(EMAIL, ANN, ChannelKind.EMAIL)).isEqualTo(render(EMAIL, ANN, ChannelKind.EMAIL));
    }

    @Test
    void writesSmsAsOneTextWithAStopLink() {
        ContentItem sms = item("sms", "en", "{\"text\":\"{{first_name}}, 10% off today: https://shop.example/x\"}");

        OutgoingMessage m = RENDERER.render(
                campaign(ChannelKind.SMS), sms, Optional.empty(), ANN.withAddress("C1"), "webhook", DUE);

        assertThat(m.subject()).isEmpty();
        assertThat(m.html()).isEmpty();
        assertThat(m.text())
                .startsWith("Ann, 10% off today: https://mp.shop.example/c/")
                .contains(" Stop: https://");
        assertThat(m.recipient()).isEqualTo("C1");
    }

    @Test
    void writesChineseContentWithChineseFallbacks() {
        ContentItem zh = item(
                "email", "zh", "{\"subject\":\"{{first_name}}，春季新品\",\"body\":\"你好 {{first_name}}\",\"cta\":\"去看看\"}");
        Recipient noName = new Recipient(
                "C3", "c3@example.com", Optional.empty(), Optional.of("China"), List.of(), OfferByValue.REST);

        OutgoingMessage m = render(zh, noName, ChannelKind.EMAIL);

        assertThat(m.subject()).contains("亲爱的顾客，春季新品");
        assertThat(m.text()).contains("退订: https://mp.shop.example/u/");
        assertThat(m.html().orElseThrow()).contains("lang=\"zh\"");
    }

    private static List<String> urls(String text, String path) {
        Matcher m = Pattern.compile("https://mp\\.shop\\.example" + Pattern.quote(path) + "[A-Za-z0-9_.-]+")
                .matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
