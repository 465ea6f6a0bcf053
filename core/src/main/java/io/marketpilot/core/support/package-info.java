/** Support conversations between customers, the assistant and human agents: records and the repository port. */
package io.marketpilot.core.support;
