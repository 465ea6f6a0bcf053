/** Implicit-feedback matrix factorisation by alternating least squares with a conjugate-gradient row solver. */
package io.marketpilot.recommend.als;
