package io.marketpilot.core.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
    /** A listing over {@code n} numbers that records the requests it served. */
    private static final class Listing {
        final List<Integer> rows;
        final List<PageRequest> requests = new ArrayList<>();

        Listing(int n) {
            rows = IntStream.range(0, n).boxed().toList();
        }

        Page<Integer> list(PageRequest r) {
            requests.add(r);
            int from = Math.min(r.offset(), rows.size());
            int to = Math.min(r.offset() + r.limit(), rows.size());
            return new Page<>(rows.subList(from, to), rows.size(), r.offset(), r.limit());
        }
    }

    @Test
    void readAllReturnsEveryRowInOrderAcrossPageBoundaries() {
        int max = PageRequest.MAX_LIMIT;
        for (int n : new int[] {0, 1, max - 1, max, max + 1, 2 * max, 2 * max + 7}) {
            Listing listing = new Listing(n);

            List<Integer> all = Page.readAll(listing::list);

            assertThat(all).as("rows of %d", n).isEqualTo(listing.rows);
            // A full last page needs one more (empty) request to know it was the last.
            assertThat(listing.requests).as("requests for %d", n).hasSize(n / max + 1);
        }
    }
}
