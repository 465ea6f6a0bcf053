/** Content-based recommendations from product description embeddings, with the whole catalogue embedded in one language's space. */
@NullMarked
package io.marketpilot.recommend.content;

import org.jspecify.annotations.NullMarked;
