/** The accepted column layouts, recognised by their headers: MarketPilot's own and those of public retail exports (UCI Online Retail, Superstore, CDNOW), each turning rows into domain records. */
@NullMarked
package io.marketpilot.imports.layout;

import org.jspecify.annotations.NullMarked;
