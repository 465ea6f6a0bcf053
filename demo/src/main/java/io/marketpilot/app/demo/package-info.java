/** The bundled sample shop: its seeded generator (customers from personas, orders, events, reviews, catalogue), the writer of its data files, and the loaders that fill an empty store with it, its experiments, content and support knowledge base. */
@NullMarked
package io.marketpilot.app.demo;

import org.jspecify.annotations.NullMarked;
