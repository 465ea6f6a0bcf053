/**
 * The support assistant in the product: the knowledge base under the data directory, the catalogue as a source,
 * product suggestions from the recommender, and the rate limits and CORS rules of the public chat API.
 */
@NullMarked
package io.marketpilot.app.support;

import org.jspecify.annotations.NullMarked;
