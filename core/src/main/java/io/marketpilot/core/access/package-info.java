/** API keys and the roles that say what a key may do: the records and the port that issues and checks keys. */
@NullMarked
package io.marketpilot.core.access;

import org.jspecify.annotations.NullMarked;
