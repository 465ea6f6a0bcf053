/** The HTTP server over the services: Javalin's set-up, the one JSON configuration, error answers, metrics, uploads and the guards every request passes before a route runs. */
@NullMarked
package io.marketpilot.app.web;

import org.jspecify.annotations.NullMarked;
