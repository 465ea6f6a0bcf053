/** Text classifiers a shop trains on its own labelled examples, as the store keeps them: versions, reports, the active one. */
@NullMarked
package io.marketpilot.core.classifier;

import org.jspecify.annotations.NullMarked;
