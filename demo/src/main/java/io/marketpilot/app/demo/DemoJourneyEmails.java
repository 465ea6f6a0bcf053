package io.marketpilot.app.demo;

import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.content.ContentItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo journeys' four e-mails, written as a marketer would: a draft from the offline composer, edited by hand
 * (so each says what its step is for and carries the merge fields the studio's guardrails allow: {@code
 * {{first_name}}} and {@code {{picked_for_you}}}, the recommender's picks for the customer) and approved by a
 * second person, through the content studio's own workflow and guardrails.
 */
final class DemoJourneyEmails {
    private static final String WRITER = "demo marketer";
    private static final String REVIEWER = "demo reviewer";

    private DemoJourneyEmails() {}

    /** One e-mail: the brief's goal and the hand-edited fields. */
    private record Email(String goal, String subject, String preheader, String body, String cta) {
        Map<String, Object> fields() {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("subject", subject);
            f.put("preheader", preheader);
            f.put("body", body);
            f.put("cta", cta);
            return f;
        }
    }

    /** In the order the journeys' files name them: welcome, its follow-up, abandoned cart, win-back. */
    private static final List<Email> EMAILS = List.of(
            new Email(
                    "welcome new subscribers",
                    "Welcome to the shop, {{first_name}}",
                    "Good to have you with us",
                    "Hi {{first_name}},\n\nThanks for signing up. Every week we pick a few things worth a look:"
                            + " chargers, cables and cases that last.\n\n{{picked_for_you}}",
                    "Have a look"),
            new Email(
                    "welcome follow-up",
                    "Still looking around, {{first_name}}?",
                    "A few favourites to start with",
                    "Hi {{first_name}},\n\nWe noticed you have not browsed the shop yet. These are what other"
                            + " customers like you chose first.\n\n{{picked_for_you}}",
                    "See the favourites"),
            new Email(
                    "cart reminder",
                    "You left something in your cart",
                    "Your cart is saved for you",
                    "Hi {{first_name}},\n\nYour cart is still waiting for you. While you decide, these are"
                            + " what the shop would pick for you.\n\n{{picked_for_you}}",
                    "Back to my cart"),
            new Email(
                    "win back lapsing customers",
                    "We miss you, {{first_name}}",
                    "Something new since your last visit",
                    "Hi {{first_name}},\n\nIt has been a while since your last order. Here is what is new,"
                            + " picked with you in mind.\n\n{{picked_for_you}}",
                    "Come back"));

    /** Writes and approves the four e-mails; returns their content ids in that order. */
    static List<Long> write(Services app) {
        List<Long> ids = new ArrayList<>();
        long seed = 17;
        // the composer writes for an audience; the hand edit makes the text the journey's own
        String segment = app.segments.largestSegment().orElse("0");
        for (Email email : EMAILS) {
            ContentItem draft = app.content
                    .generate(
                            new GenerateRequest(
                                    "email",
                                    segment,
                                    null,
                                    null,
                                    email.goal(),
                                    "friendly",
                                    "en",
                                    "x",
                                    List.of(),
                                    1,
                                    seed++),
                            WRITER)
                    .items()
                    .getFirst();
            app.content.edit(draft.id(), email.fields(), WRITER);
            ids.add(app.content
                    .approve(draft.id(), REVIEWER, "demo: journey e-mail, approved by a second person")
                    .id());
        }
        return ids;
    }
}
