/** Generation at scale: per-customer texts from segment-level copy through merge fields, run on virtual threads within a provider's limits. */
@NullMarked
package io.marketpilot.content.scale;

import org.jspecify.annotations.NullMarked;
