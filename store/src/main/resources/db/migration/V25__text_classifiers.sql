-- Text classifiers trained on a shop's own labelled examples (issue 19): every version of every name with its
-- out-of-fold figures, its training report (JSON) and its model (gzip bytes), and which version answers for the
-- name. SQL common to H2 2.x and PostgreSQL 15+ (BYTEA is H2's alias of VARBINARY); instants in UTC as in V13.
CREATE TABLE text_classifiers (
    name        VARCHAR(64)              NOT NULL,
    version     INTEGER                  NOT NULL,
    trained_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    language    VARCHAR(8)               NOT NULL,
    labels      VARCHAR(4000)            NOT NULL,
    examples    INTEGER                  NOT NULL,
    accuracy    DOUBLE PRECISION         NOT NULL,
    macro_f1    DOUBLE PRECISION         NOT NULL,
    report      VARCHAR(1000000)         NOT NULL,
    model       BYTEA                    NOT NULL,
    active      BOOLEAN                  NOT NULL,
    PRIMARY KEY (name, version)
);
