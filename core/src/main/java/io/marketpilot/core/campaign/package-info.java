/**
 * Campaigns that deliver marketing messages: consent, suppression, campaign definitions, the durable send queue and
 * what recipients did, as records and the ports of their stores.
 */
@NullMarked
package io.marketpilot.core.campaign;

import org.jspecify.annotations.NullMarked;
