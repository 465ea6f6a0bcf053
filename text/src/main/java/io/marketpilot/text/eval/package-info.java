/** Classification metrics for the text models: accuracy, macro-averaged F1 and the confusion matrix. */
@NullMarked
package io.marketpilot.text.eval;

import org.jspecify.annotations.NullMarked;
