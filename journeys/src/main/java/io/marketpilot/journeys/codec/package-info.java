/**
 * The JSON form of a journey, shared by the CLI's file and the API's body: reading refuses a bad journey with every
 * problem it finds, each naming its JSON path, and writing gives back what reading accepts.
 */
@NullMarked
package io.marketpilot.journeys.codec;

import org.jspecify.annotations.NullMarked;
