/** Generated marketing copy as stored: items with their target, provenance and review state, and the brand voice. */
@NullMarked
package io.marketpilot.core.content;

import org.jspecify.annotations.NullMarked;
