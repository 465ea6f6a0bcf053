package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.content.ContentItem;

/** A message the sender claimed, with what its rendering needs and the hash of its address. */
record ClaimedMessage(QueuedSend queued, ContentItem item, Recipient recipient, AddressHash address) {}
