package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.privacy.CustomerEmail;
import io.marketpilot.store.privacy.ErasureStep;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Forgets a customer in the campaign tables, and keeps them from being mailed or texted again after a re-import: the
 * hashes of their addresses (e-mail; the customer id on SMS and webhook channels) go on the suppression list (reason
 * {@code erased}) before their customer row, the last place holding the address, is deleted.
 *
 * <p>Their consent history, resolved-audience rows, contact log and campaign events are deleted (reports count one
 * recipient fewer, as experiment reports count one unit fewer). Their send-queue rows stay for the campaigns' sent and
 * failed counts, with the customer id, the receiver's reply and message id cleared; a row not sent yet becomes
 * skipped, and a worker holding it loses its lease. They are deleted from uploaded audience lists; a campaign whose
 * uploaded list named only them is deleted with everything of it, since every row of it is about that one person (and
 * an uploaded list cannot be empty).
 *
 * <p>The hasher carries the installation's address-hashing secret: the same one the campaigns check the suppression
 * list with, or the erased address would not match.
 */
public final class CampaignErasure implements ErasureStep {
    private static final String ERASED_NOTE = "customer forgotten";

    private final AddressHasher hasher;
    private final Dialect dialect;
    private final Clock clock;

    public CampaignErasure(AddressHasher hasher, Dialect dialect, Clock clock) {
        this.hasher = hasher;
        this.dialect = dialect;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "campaigns";
    }

    @Override
    public int erase(Handle h, String customerId) {
        int touched = suppressAddress(h, customerId);
        touched += h.execute("DELETE FROM consents WHERE customer_id = ?", customerId);
        touched += h.execute("DELETE FROM campaign_audience_members WHERE customer_id = ?", customerId);
        touched += h.execute("DELETE FROM contact_log WHERE customer_id = ?", customerId);
        touched += h.execute("DELETE FROM campaign_events WHERE customer_id = ?", customerId);
        touched += h.createUpdate("UPDATE send_queue SET customer_id = NULL, last_error = '', provider_message_id ="
                        + " NULL, lease_owner = NULL, lease_until = NULL, state = CASE WHEN state IN ('pending',"
                        + " 'claimed', 'retry') THEN 'skipped' ELSE state END WHERE customer_id = :customer")
                .bind("customer", customerId)
                .execute();
        touched += eraseFromUploadedLists(h, customerId);
        return touched;
    }

    /**
     * Suppresses every address the customer is reached at: the e-mail address, and on SMS and webhook channels the
     * customer id, which is their address there (the provider resolves the phone number), so a re-import under the
     * same id is not texted either.
     */
    private int suppressAddress(Handle h, String customerId) {
        if (!exists(h, customerId)) {
            return 0;
        }
        int touched = 0;
        Optional<String> email = CustomerEmail.of(h, customerId);
        if (email.isPresent()) {
            touched += suppress(h, ChannelKind.EMAIL, email.get());
        }
        for (ChannelKind byId : List.of(ChannelKind.SMS, ChannelKind.WEBHOOK)) {
            touched += suppress(h, byId, customerId);
        }
        return touched;
    }

    private int suppress(Handle h, ChannelKind channel, String address) {
        Suppression erased = new Suppression(
                hasher.hash(channel, address), channel, SuppressionReason.ERASED, clock.instant(), ERASED_NOTE);
        return JdbcSuppressionList.insert(h, dialect, erased) ? 1 : 0;
    }

    private static boolean exists(Handle h, String customerId) {
        return h.createQuery("SELECT COUNT(*) FROM customers WHERE id = ?")
                        .bind(0, customerId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    private static int eraseFromUploadedLists(Handle h, String customerId) {
        List<String> onlyThem = h.createQuery("SELECT DISTINCT m.campaign_id FROM campaign_list_members m WHERE"
                        + " m.customer_id = :customer AND NOT EXISTS (SELECT 1 FROM campaign_list_members o WHERE"
                        + " o.campaign_id = m.campaign_id AND o.customer_id <> :customer)")
                .bind("customer", customerId)
                .mapTo(String.class)
                .list();
        int touched = 0;
        if (!onlyThem.isEmpty()) {
            // the rest of these campaigns' rows go with them (foreign keys cascade); these tables have none
            touched += h.createUpdate("DELETE FROM contact_log WHERE campaign_id IN (<ids>)")
                    .bindList("ids", onlyThem)
                    .execute();
            touched += h.createUpdate("DELETE FROM campaign_events WHERE campaign_id IN (<ids>)")
                    .bindList("ids", onlyThem)
                    .execute();
            touched += h.createUpdate("DELETE FROM campaigns WHERE id IN (<ids>)")
                    .bindList("ids", onlyThem)
                    .execute();
        }
        return touched + h.execute("DELETE FROM campaign_list_members WHERE customer_id = ?", customerId);
    }
}
