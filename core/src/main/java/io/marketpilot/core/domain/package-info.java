/** The shop's data as imported and stored: customers, orders with their lines, products, reviews and events, each record checking its own fields. */
@NullMarked
package io.marketpilot.core.domain;

import org.jspecify.annotations.NullMarked;
