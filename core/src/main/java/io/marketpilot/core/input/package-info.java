/** What text the store accepts: column widths, control-character and surrogate checks, and the JSON length of event properties, checked where input enters. */
@NullMarked
package io.marketpilot.core.input;

import org.jspecify.annotations.NullMarked;
