/** K-means with k-means++ seeding and restarts, automatic k by silhouette, and the segmentation facade. */
package io.marketpilot.profiling.segmentation;
