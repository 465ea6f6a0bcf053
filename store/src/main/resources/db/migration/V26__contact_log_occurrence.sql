-- The contact log kept one row per customer and campaign, so a journey step's second message to a customer (a
-- re-entry: the same step campaign, the next enrolment) was not counted by the frequency cap. A row now names the
-- occurrence as the send queue does (0 for a campaign's one message, the enrolment for a journey's). The table is
-- rebuilt rather than altered because H2 and PostgreSQL name and drop a primary key differently.
CREATE TABLE contact_log_by_occurrence (
    customer_id   VARCHAR(64)              NOT NULL,
    campaign_id   VARCHAR(64)              NOT NULL,
    occurrence    BIGINT                   NOT NULL,
    channel       VARCHAR(16)              NOT NULL,
    contacted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (customer_id, campaign_id, occurrence)
);
INSERT INTO contact_log_by_occurrence (customer_id, campaign_id, occurrence, channel, contacted_at)
    SELECT customer_id, campaign_id, 0, channel, contacted_at FROM contact_log;
DROP TABLE contact_log;
ALTER TABLE contact_log_by_occurrence RENAME TO contact_log;
CREATE INDEX contact_log_recent ON contact_log (customer_id, contacted_at);
