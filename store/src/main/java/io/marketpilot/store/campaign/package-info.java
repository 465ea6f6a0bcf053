/**
 * The JDBC store of campaigns: consent history, suppression list, campaign definitions, resolved audiences, the leased
 * send queue, contact log and campaign events, and the erasure of a forgotten customer's campaign data.
 */
@NullMarked
package io.marketpilot.store.campaign;

import org.jspecify.annotations.NullMarked;
