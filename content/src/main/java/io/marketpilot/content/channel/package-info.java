/** The channels copy is written for (e-mail, SMS, social posts, ads), their fields and platform limits, and the checks against those limits. */
@NullMarked
package io.marketpilot.content.channel;

import org.jspecify.annotations.NullMarked;
