/** What every module shares: the one unchecked exception family and its machine-readable error codes. */
@NullMarked
package io.marketpilot.core;

import org.jspecify.annotations.NullMarked;
