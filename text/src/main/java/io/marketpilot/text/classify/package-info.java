/** Text classifiers a user trains on their own labelled examples: n-gram and embedding features, a softmax head chosen by cross-validation, calibrated probabilities and a training report. */
@NullMarked
package io.marketpilot.text.classify;

import org.jspecify.annotations.NullMarked;
