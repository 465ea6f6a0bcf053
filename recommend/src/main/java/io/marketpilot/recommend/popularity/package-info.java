/** Popularity baselines, global and per customer segment; also the fallback of every personal model. */
package io.marketpilot.recommend.popularity;
