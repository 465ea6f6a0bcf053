/** Collaborative filtering and content similarity blended by weighted reciprocal-rank fusion. */
@NullMarked
package io.marketpilot.recommend.hybrid;

import org.jspecify.annotations.NullMarked;
