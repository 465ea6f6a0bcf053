/** The audit log: one entry per recorded change or export, and the append-only port that keeps them. */
@NullMarked
package io.marketpilot.core.audit;

import org.jspecify.annotations.NullMarked;
