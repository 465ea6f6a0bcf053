/** Sales figures computed in SQL over orders and their lines: the headline numbers, revenue by month, top products and one customer's summary. */
@NullMarked
package io.marketpilot.store.analytics;

import org.jspecify.annotations.NullMarked;
