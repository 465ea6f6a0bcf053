/** The data-subject rights port: export all that is held about a customer, and forget them while keeping anonymous aggregates. */
@NullMarked
package io.marketpilot.core.privacy;

import org.jspecify.annotations.NullMarked;
