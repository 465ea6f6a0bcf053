/** Topics from clustered texts, named by their key phrases and keywords. */
@NullMarked
package io.marketpilot.text.topics;

import org.jspecify.annotations.NullMarked;
