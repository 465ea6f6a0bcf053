/** Classifiers a shop trains on its own labelled texts: training as a job, versions, activation, classification and evaluation. */
@NullMarked
package io.marketpilot.app.classify;

import org.jspecify.annotations.NullMarked;
