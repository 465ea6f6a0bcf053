-- Listening results of stored reviews beyond sentiment, each with the model that produced it (provenance):
-- the emotion, the review's embedding (for topic clustering without re-running the model) and the sentiment of
-- each clause (for aspect sentiment).
CREATE TABLE review_emotion (
    review_id    VARCHAR(100)     NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    model        VARCHAR(64)      NOT NULL,
    label        VARCHAR(16)      NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    scores       VARCHAR(1000)    NOT NULL,
    analyzed_at  TIMESTAMP        NOT NULL,
    PRIMARY KEY (review_id, model)
);

CREATE TABLE review_embedding (
    review_id    VARCHAR(100)     NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    model        VARCHAR(64)      NOT NULL,
    vector       VARCHAR(20000)   NOT NULL,
    PRIMARY KEY (review_id, model)
);

CREATE TABLE review_clause (
    review_id    VARCHAR(100)     NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    clause_index INTEGER          NOT NULL,
    model        VARCHAR(64)      NOT NULL,
    text         VARCHAR(20000)   NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (review_id, clause_index)
);
