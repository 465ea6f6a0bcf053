/** Word knowledge shared by the composer and the copy checker: acronyms, units and grammatical number. */
package io.marketpilot.content.words;
