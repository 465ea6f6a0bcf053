/** K-means with k-means++ seeding and restarts, automatic k by silhouette, and the segmentation facade. */
@NullMarked
package io.marketpilot.profiling.segmentation;

import org.jspecify.annotations.NullMarked;
