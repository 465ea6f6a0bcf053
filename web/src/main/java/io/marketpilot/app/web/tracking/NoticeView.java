package io.marketpilot.app.web.tracking;

/** A short public page that says one thing: unsubscribed, confirmed, or that a link is not valid. */
public record NoticeView(String title, String message) {}
