package io.marketpilot.store.campaign;

import io.marketpilot.core.MarketPilotException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** The check that rows written for campaigns name stored ones, so a wrong id is "not found", not a foreign-key error. */
final class Campaigns {
    private Campaigns() {}

    /** Refuses, as not found, the first of these campaign ids that names no stored campaign. */
    static void requireExisting(Handle h, Collection<String> campaignIds) {
        Set<String> wanted = new HashSet<>(campaignIds);
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> found = new HashSet<>(h.createQuery("SELECT id FROM campaigns WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(wanted))
                .mapTo(String.class)
                .list());
        for (String id : wanted) {
            if (!found.contains(id)) {
                throw MarketPilotException.notFound("Campaign", id);
            }
        }
    }
}
