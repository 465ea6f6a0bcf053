/** Finding personal data in text (patterns, checksums, the store's customer names), replacing it with placeholders before a prompt leaves the process and restoring it in the answer, and measuring how well that works. */
@NullMarked
package io.marketpilot.llm.privacy;

import org.jspecify.annotations.NullMarked;
