-- Journeys send through the campaigns' send queue (issue 17): one campaign row per (journey, version, send step),
-- marked by its origin so that the Campaigns list leaves it out and the sender never closes it as done; and a queue
-- key with an occurrence, so that a customer who enters a journey again is sent the step's message again. Ordinary
-- campaigns keep occurrence 0, so their keys, Message-IDs and idempotency keys do not change.
ALTER TABLE campaigns ADD COLUMN origin VARCHAR(16) DEFAULT 'campaign' NOT NULL;
CREATE INDEX campaigns_origin ON campaigns (origin, status);

ALTER TABLE send_queue ADD COLUMN occurrence BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE send_queue DROP CONSTRAINT send_queue_key;
ALTER TABLE send_queue ADD CONSTRAINT send_queue_key UNIQUE (campaign_id, customer_id, occurrence);
