/** Item-based collaborative filtering on co-purchase cosine with shrinkage and precomputed neighbour lists. */
package io.marketpilot.recommend.itemknn;
