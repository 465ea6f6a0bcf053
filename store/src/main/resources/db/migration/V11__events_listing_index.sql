-- The events listing (API, dashboard) is newest first: ORDER BY occurred_at DESC, id. Without an index in that order
-- the first page of a million events sorted the whole table (H2 spilled it to a temporary file: minutes per page).
CREATE INDEX events_listing ON events (occurred_at DESC, id);
