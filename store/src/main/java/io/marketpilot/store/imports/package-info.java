/** The importer's store side: checking a parsed file's references and existing keys, counting what is new, and writing the batch in one transaction. */
@NullMarked
package io.marketpilot.store.imports;

import org.jspecify.annotations.NullMarked;
