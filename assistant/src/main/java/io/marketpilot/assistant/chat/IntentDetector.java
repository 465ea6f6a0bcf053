package io.marketpilot.assistant.chat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Detects a turn's intent from English and Chinese cue phrases, most urgent first: an explicit request for a
 * human, a complaint, an order or return issue, purchase intent, else a question. Rules rather than a model:
 * the intents are few, their cues are stable, and a rule says why it fired (documented in docs/architecture.md).
 */
public final class IntentDetector implements IntentSource {
    private record Rule(Intent intent, Pattern cues) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    Intent.HANDOFF_REQUEST,
                    Pattern.compile(
                            "\\b(human|real person|an agent|live agent|representative|someone real|talk to (a |an )?"
                                    + "(person|someone|agent)|speak to (a |an )?(person|someone|agent|manager)"
                                    + "|customer service agent)\\b|人工|真人|转客服|找客服|客服人员")),
            new Rule(
                    Intent.COMPLAINT,
                    Pattern.compile("\\b(complain(t)?|terrible|awful|unacceptable|worst|disgusting|ridiculous|furious"
                            + "|angry|scam|rip-?off|useless|rude)\\b|投诉|太差|垃圾|气死|愤怒|骗子|差劲")),
            new Rule(
                    Intent.ORDER_ISSUE,
                    Pattern.compile("\\b(my order|order (number|no|#)|parcel|package|tracking|delivery|deliver(ed)?"
                            + "|return(s|ed|ing)?|refund(s|ed)?|exchange|damaged|broken|missing|cancel"
                            + "(l?ed|ling)?)\\b|订单|退货|退款|快递|物流|包裹|换货|没收到|取消")),
            new Rule(
                    Intent.PURCHASE,
                    Pattern.compile(
                            "\\b(recommend|suggest(ion)?|looking for|want to buy|i'?d like to buy|gift (for|idea)"
                                    + "|which (one|product)|best (one|product)|do you (sell|have))\\b|推荐|想买|买什么|有没有卖|送礼")));

    @Override
    public Intent detect(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.cues().matcher(t).find()) {
                return r.intent();
            }
        }
        return Intent.QUESTION;
    }

    /** The intent a label names ({@code complaint}, {@code order_issue}, …), if it names one. */
    public static java.util.Optional<Intent> named(String label) {
        String wire = label.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Intent i : Intent.values()) {
            if (i.wireName().equals(wire)) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }
}
