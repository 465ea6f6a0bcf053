/** The JDBC store on H2 or PostgreSQL: opening and migrating the database (the embedded H2 with its owner-only files and password), and the batch, paging, streaming and null-aware SQL helpers its repositories share. */
@NullMarked
package io.marketpilot.store;

import org.jspecify.annotations.NullMarked;
