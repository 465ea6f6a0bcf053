/** JDBC store. */
package io.marketpilot.store;
