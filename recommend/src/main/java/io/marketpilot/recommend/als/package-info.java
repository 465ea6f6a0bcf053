/** Implicit-feedback matrix factorisation by alternating least squares with a conjugate-gradient row solver. */
@NullMarked
package io.marketpilot.recommend.als;

import org.jspecify.annotations.NullMarked;
