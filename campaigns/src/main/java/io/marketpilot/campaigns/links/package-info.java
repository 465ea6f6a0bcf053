/** Signed, URL-safe tokens for the links in a message (unsubscribe, preferences, click, open, opt-in confirmation). */
@NullMarked
package io.marketpilot.campaigns.links;

import org.jspecify.annotations.NullMarked;
