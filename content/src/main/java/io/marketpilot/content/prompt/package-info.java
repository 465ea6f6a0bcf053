/** The prompts sent to the language model: bundled templates rendered for a brief, an angle and a channel. */
@NullMarked
package io.marketpilot.content.prompt;

import org.jspecify.annotations.NullMarked;
