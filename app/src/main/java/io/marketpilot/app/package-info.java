/** The wiring and the entry point: the one place that builds the store, the services and the command line by hand. */
@NullMarked
package io.marketpilot.app;

import org.jspecify.annotations.NullMarked;
