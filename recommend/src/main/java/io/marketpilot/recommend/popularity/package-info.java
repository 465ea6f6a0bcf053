/** Popularity baselines, global and per customer segment; also the fallback of every personal model. */
@NullMarked
package io.marketpilot.recommend.popularity;

import org.jspecify.annotations.NullMarked;
