/** Business rules applied to a model's ranking: exclusions, stock, and MMR diversity. */
package io.marketpilot.recommend.rules;
