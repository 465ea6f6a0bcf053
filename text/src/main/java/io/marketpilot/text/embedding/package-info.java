/** Text embeddings from in-process ONNX models, the features the learned sentiment heads are trained on. */
@NullMarked
package io.marketpilot.text.embedding;

import org.jspecify.annotations.NullMarked;
