-- An enrolment names the trigger that took the customer in when that trigger has an identity of its own (the event's
-- id, the day of a date sweep), and a journey takes a customer in once per such trigger: a client posts an event
-- again when the server died before answering, the intake hands the event to the triggers again, and the second
-- entry is refused here; so is a second server's sweep of the same day. NULL (segment and prediction triggers) is
-- distinct from every other NULL on H2 and PostgreSQL alike, so those entries are not held back by this key.
ALTER TABLE journey_enrolments ADD COLUMN trigger_key VARCHAR(200);
ALTER TABLE journey_enrolments ADD CONSTRAINT journey_enrolments_once_per_trigger
    UNIQUE (journey_id, customer_id, trigger_key);
