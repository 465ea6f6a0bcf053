/** E-mail over SMTP (Jakarta Mail, Eclipse Angus): settings, MIME assembly, reply classification and the channel. */
@NullMarked
package io.marketpilot.channels.email;

import org.jspecify.annotations.NullMarked;
