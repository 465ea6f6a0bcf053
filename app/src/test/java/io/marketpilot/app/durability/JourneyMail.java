package io.marketpilot.app.durability;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the SMTP server received of the journey, message by message: to whom, which of the two e-mails (by its
 * subject), its message key and its Message-ID. A copy is a message whose key was received before.
 */
record JourneyMail(List<Received> received) {
    /** One message as the SMTP server took it. */
    record Received(String recipient, String email, String key, String messageId) {}

    static JourneyMail of(MimeMessage[] messages) throws MessagingException {
        List<Received> received = new ArrayList<>();
        for (MimeMessage m : messages) {
            String subject = m.getSubject();
            String email = subject.startsWith(JourneyShop.HELLO_SUBJECT)
                    ? "hello"
                    : subject.startsWith(JourneyShop.FOLLOW_UP_SUBJECT) ? "follow-up" : "other: " + subject;
            received.add(new Received(
                    ((InternetAddress) m.getAllRecipients()[0]).getAddress(),
                    email,
                    m.getHeader("X-MarketPilot-Message-Key", null),
                    m.getMessageID()));
        }
        return new JourneyMail(List.copyOf(received));
    }

    /** Distinct messages (message keys) per recipient and e-mail, e.g. {@code j0001@example.com hello -> 1}. */
    Map<String, Integer> messagesPerRecipientAndEmail() {
        Map<String, Set<String>> keys = new TreeMap<>();
        for (Received r : received) {
            keys.computeIfAbsent(r.recipient() + " " + r.email(), k -> new TreeSet<>())
                    .add(r.key());
        }
        Map<String, Integer> counts = new TreeMap<>();
        keys.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    /** What each customer should have received: one hello and one follow-up. */
    static Map<String, Integer> oneOfEach(List<String> customers) {
        Map<String, Integer> expected = new TreeMap<>();
        for (String c : customers) {
            expected.put(JourneyShop.address(c) + " hello", 1);
            expected.put(JourneyShop.address(c) + " follow-up", 1);
        }
        return expected;
    }

    /** Message keys received more than once, with every Message-ID their copies carried. */
    Map<String, Set<String>> copies() {
        Map<String, List<String>> ids = new TreeMap<>();
        for (Received r : received) {
            ids.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.messageId());
        }
        Map<String, Set<String>> copies = new TreeMap<>();
        ids.forEach((key, list) -> {
            if (list.size() > 1) {
                copies.put(key, new TreeSet<>(list));
            }
        });
        return copies;
    }

    /** Messages per distinct key: how many arrived, less one for each key. */
    int extraCopies() {
        return received.size()
                - (int) received.stream().map(Received::key).distinct().count();
    }

    long of(String email) {
        return received.stream().filter(r -> r.email().equals(email)).count();
    }
}
