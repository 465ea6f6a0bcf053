/** Always-valid sequential tests that may be checked after every batch of data without inflating errors. */
@NullMarked
package io.marketpilot.experiments.sequential;

import org.jspecify.annotations.NullMarked;
