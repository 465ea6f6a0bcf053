/** The public pages and links a campaign's recipients follow from their messages: pixel, click, unsubscribe, preferences, opt-in confirmation. */
@NullMarked
package io.marketpilot.app.web.tracking;

import org.jspecify.annotations.NullMarked;
