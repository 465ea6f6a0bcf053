/** Support conversations between customers, the assistant and human agents: records and the repository port. */
@NullMarked
package io.marketpilot.core.support;

import org.jspecify.annotations.NullMarked;
