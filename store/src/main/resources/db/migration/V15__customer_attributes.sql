-- Customer attributes (issue 16, fairness of targeting): the columns of a customer import that MarketPilot does not
-- map to a field of its own (gender, birth date or age, loyalty tier, …), one row per customer and normalised column
-- name, so that a campaign's review can compare recipients with the base by the groups the shop itself records.
-- Widths are core's FieldLimits (ATTRIBUTE_NAME, ATTRIBUTE_VALUE). Deleting the customer deletes them; forgetting a
-- customer erases them in its own step first, so the audit entry counts them. SQL common to H2 2.x and PostgreSQL.
CREATE TABLE customer_attributes (
    customer_id  VARCHAR(64)  NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name         VARCHAR(64)  NOT NULL,
    attr_value   VARCHAR(200) NOT NULL,
    PRIMARY KEY (customer_id, name)
);
