/** Item-based collaborative filtering on co-purchase cosine with shrinkage and precomputed neighbour lists. */
@NullMarked
package io.marketpilot.recommend.itemknn;

import org.jspecify.annotations.NullMarked;
