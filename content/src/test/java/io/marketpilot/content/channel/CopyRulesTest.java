package io.marketpilot.content.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyRulesTest {
    @Test
    void gsm7TextFitsOneSmsUpTo160CharactersAndExtensionCharactersCountTwice() {
        assertThat(SmsEncoding.of("a".repeat(160)).fitsOneMessage()).isTrue();
        assertThat(SmsEncoding.of("a".repeat(161)).fitsOneMessage()).isFalse();
        SmsEncoding withEuro = SmsEncoding.of("€".repeat(80) + "a");
        assertThat(withEuro.gsm7()).isTrue();
        assertThat(withEuro.units()).isEqualTo(161);
    }

    @Test
    void chineseOrCurlyQuotesSwitchTheSmsToUcs2With70Characters() {
        SmsEncoding chinese = SmsEncoding.of("新品到货".repeat(18));
        assertThat(chinese.gsm7()).isFalse();
        assertThat(chinese.singleMessageLimit()).isEqualTo(70);
        assertThat(chinese.fitsOneMessage()).isFalse();
        assertThat(SmsEncoding.of("It’s here").gsm7()).isFalse();
        assertThat(SmsEncoding.of("It's here").gsm7()).isTrue();

        Copy sms = new Copy(Channel.SMS, Map.of("text", "新品到货".repeat(18)));
        assertThat(CopyRules.violations(sms, SocialNetwork.X))
                .singleElement()
                .asString()
                .contains("70");
    }

    @Test
    void emailSubjectOver60CharactersAndMissingFieldsAreNamed() {
        Copy email = new Copy(Channel.EMAIL, Map.of("subject", "x".repeat(61), "body", "Hello", "cta", "Go"));

        assertThat(CopyRules.violations(email, SocialNetwork.X))
                .containsExactly("subject is 61 characters; the limit is 60", "preheader is empty");
    }

    @Test
    void searchAdHeadlinesCountChineseCharactersTwice() {
        Copy ad = new Copy(
                Channel.AD,
                Map.of(
                        "headlines", List.of("一二三四五六七八九十一二三四五", "一二三四五六七八九十一二三四五六", "Short"),
                        "descriptions", List.of("d1", "d2")));

        List<String> v = CopyRules.violations(ad, SocialNetwork.X);

        assertThat(v).singleElement().asString().contains("headlines[2]").contains("32 width units");
    }

    @Test
    void xWeighsChinesePostsTwiceWhileWeiboCountsCharacters() {
        Copy post = new Copy(Channel.SOCIAL, Map.of("post", "好".repeat(150), "hashtags", List.of()));

        assertThat(CopyRules.violations(post, SocialNetwork.X)).hasSize(1);
        assertThat(CopyRules.violations(post, SocialNetwork.WEIBO)).isEmpty();
    }

    @Test
    void hashtagsMustStartWithHashAndStayWithinTheNetworksCount() {
        Copy post = new Copy(Channel.SOCIAL, Map.of("post", "Hi", "hashtags", List.of("#ok", "no hash")));
        assertThat(CopyRules.violations(post, SocialNetwork.INSTAGRAM))
                .singleElement()
                .asString()
                .contains("no hash");

        List<String> many =
                java.util.stream.IntStream.range(0, 11).mapToObj(i -> "#t" + i).toList();
        Copy crowded = new Copy(Channel.SOCIAL, Map.of("post", "Hi", "hashtags", many));
        assertThat(CopyRules.violations(crowded, SocialNetwork.X))
                .singleElement()
                .asString()
                .contains("at most 10");
        assertThat(CopyRules.violations(crowded, SocialNetwork.INSTAGRAM)).isEmpty();
    }
}
