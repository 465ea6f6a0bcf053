/** The copilot's use cases: plans for a goal over the store's figures, kept, reviewed, and launched as drafts. */
@NullMarked
package io.marketpilot.app.copilot;

import org.jspecify.annotations.NullMarked;
