/** Business rules applied to a model's ranking: exclusions, stock, and MMR diversity. */
@NullMarked
package io.marketpilot.recommend.rules;

import org.jspecify.annotations.NullMarked;
