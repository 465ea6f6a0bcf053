/**
 * Journeys as use cases: triggers that enrol customers, the worker that walks them through their journey's steps
 * (sending through the campaigns' queue), and the service the doors call to apply, list, pause and report journeys.
 */
@NullMarked
package io.marketpilot.app.journey;

import org.jspecify.annotations.NullMarked;
