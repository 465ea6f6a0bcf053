/** Volume and sentiment per topic or aspect per period, and the periods that stand out against their trailing window. */
@NullMarked
package io.marketpilot.text.trends;

import org.jspecify.annotations.NullMarked;
