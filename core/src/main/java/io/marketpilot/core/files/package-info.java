/** Files and directories of the data directory that only their owner may read. */
@NullMarked
package io.marketpilot.core.files;

import org.jspecify.annotations.NullMarked;
