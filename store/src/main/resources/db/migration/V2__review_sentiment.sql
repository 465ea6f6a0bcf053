-- Sentiment of stored reviews, one row per review and model, with the model that produced it (provenance).
CREATE TABLE review_sentiment (
    review_id    VARCHAR(100)     NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    model        VARCHAR(64)      NOT NULL,
    label        VARCHAR(16)      NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    neg          DOUBLE PRECISION NOT NULL,
    neu          DOUBLE PRECISION NOT NULL,
    pos          DOUBLE PRECISION NOT NULL,
    analyzed_at  TIMESTAMP        NOT NULL,
    PRIMARY KEY (review_id, model)
);
