/**
 * Campaigns as a use case: defining, reviewing (four eyes), previewing and sending campaigns, consent and suppression,
 * rendering each recipient's message, the leased sender, and tracking opens, clicks and unsubscribes.
 */
@NullMarked
package io.marketpilot.app.campaign;

import org.jspecify.annotations.NullMarked;
