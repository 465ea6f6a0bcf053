/** Text embeddings from in-process ONNX models, the features the learned sentiment heads are trained on. */
package io.marketpilot.text.embedding;
