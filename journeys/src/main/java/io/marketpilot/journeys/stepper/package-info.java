/**
 * The pure stepper: given a journey, one customer's place in it and the facts it needs, what happens next to them
 * (a timer, a send, a branch, an update, an exit), and the campaigns' rules every journey send must pass.
 */
@NullMarked
package io.marketpilot.journeys.stepper;

import org.jspecify.annotations.NullMarked;
