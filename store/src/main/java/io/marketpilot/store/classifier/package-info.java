/** The trained text classifiers' versions and model bytes in {@code text_classifiers}. */
@NullMarked
package io.marketpilot.store.classifier;

import org.jspecify.annotations.NullMarked;
