/**
 * Who enters a journey: whether a trigger fires on what happened to a customer, whether the re-entry rule lets them
 * in again, and whether they fall in the journey's holdout.
 */
@NullMarked
package io.marketpilot.journeys.entry;

import org.jspecify.annotations.NullMarked;
