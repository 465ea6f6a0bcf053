-- Every training of the store's recommenders: what it learned from, which algorithm is served, the parameters and
-- the hold-out evaluation of every candidate (JSON), so versions can be compared and the served one explained.
CREATE TABLE recommender_models (
    version       INTEGER          NOT NULL PRIMARY KEY,
    trained_at    TIMESTAMP        NOT NULL,
    data_stamp    VARCHAR(200)     NOT NULL,
    served        VARCHAR(64)      NOT NULL,
    parameters    VARCHAR(4000)    NOT NULL,
    customers     INTEGER          NOT NULL,
    products      INTEGER          NOT NULL,
    interactions  INTEGER          NOT NULL,
    evaluation    VARCHAR(100000)  NOT NULL
);
