/**
 * What a journey is: its entry trigger, its steps, its goal, its re-entry rule and its holdout share, as records that
 * refuse an inconsistent journey when built.
 */
@NullMarked
package io.marketpilot.journeys.definition;

import org.jspecify.annotations.NullMarked;
