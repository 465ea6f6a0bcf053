/** Word knowledge shared by the composer and the copy checker: acronyms, units and grammatical number. */
@NullMarked
package io.marketpilot.content.words;

import org.jspecify.annotations.NullMarked;
