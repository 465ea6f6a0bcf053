/** Generated marketing copy as stored: items with their target, provenance and review state, and the brand voice. */
package io.marketpilot.core.content;
