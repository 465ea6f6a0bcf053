/** The server-rendered dashboard: its pages and forms, the view models the JTE templates render, formatting and CSV downloads. */
@NullMarked
package io.marketpilot.app.web.dashboard;

import org.jspecify.annotations.NullMarked;
