/** When each recipient's message goes out: now, at a time, or at their predicted hour in a window, outside quiet hours in their own time zone. */
@NullMarked
package io.marketpilot.campaigns.schedule;

import org.jspecify.annotations.NullMarked;
