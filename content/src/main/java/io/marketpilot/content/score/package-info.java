/** Scores for copy: readability, keyword coverage, BLEU and ROUGE-L against references, and closeness to the brand's voice through sentence embeddings. */
@NullMarked
package io.marketpilot.content.score;

import org.jspecify.annotations.NullMarked;
