/** Always-valid sequential tests that may be checked after every batch of data without inflating errors. */
package io.marketpilot.experiments.sequential;
