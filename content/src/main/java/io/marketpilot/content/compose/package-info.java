/** The offline composer: channel copy written without any model, from templates and phrase banks in English and Chinese filled with the brief's facts. */
@NullMarked
package io.marketpilot.content.compose;

import org.jspecify.annotations.NullMarked;
