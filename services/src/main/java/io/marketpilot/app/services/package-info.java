/** The object graph of the use cases, built by hand over the stores the wiring module hands in. */
@NullMarked
package io.marketpilot.app.services;

import org.jspecify.annotations.NullMarked;
