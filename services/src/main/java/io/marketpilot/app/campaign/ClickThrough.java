package io.marketpilot.app.campaign;

import java.net.URI;

/**
 * A followed link: where to send the recipient (only ever the target signed into the link, so the redirect cannot be
 * pointed elsewhere) and the click recorded.
 */
public record ClickThrough(URI target, TrackedEvent event) {}
