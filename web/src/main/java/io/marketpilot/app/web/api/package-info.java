/** The REST API: one class of routes per capability reading requests and writing the services' answers as JSON, and the OpenAPI document generated from the same records. */
@NullMarked
package io.marketpilot.app.web.api;

import org.jspecify.annotations.NullMarked;
