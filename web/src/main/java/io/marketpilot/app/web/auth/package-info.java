/** Who may call what: routes declared with their access, API keys and dashboard sessions, sign-in throttling, cross-site checks and the trusted proxies. */
@NullMarked
package io.marketpilot.app.web.auth;

import org.jspecify.annotations.NullMarked;
