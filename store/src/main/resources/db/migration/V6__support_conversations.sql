-- Support conversations (the assistant and its human hand-off) and their turns. The conversation id is an
-- unguessable token held by the client that opened it.
CREATE TABLE support_conversations (
    id              VARCHAR(64)  PRIMARY KEY,
    status          VARCHAR(16)  NOT NULL,
    channel         VARCHAR(32)  NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    handoff_reason  VARCHAR(500) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL
);
CREATE INDEX support_conversations_status ON support_conversations (status, updated_at);

-- One row per message, with the intent and sentiment of customer turns and the model that produced each text.
CREATE TABLE support_turns (
    conversation_id  VARCHAR(64)      NOT NULL REFERENCES support_conversations (id) ON DELETE CASCADE,
    seq              INTEGER          NOT NULL,
    speaker          VARCHAR(16)      NOT NULL,
    text             VARCHAR(20000)   NOT NULL,
    intent           VARCHAR(32)      NOT NULL,
    sentiment        DOUBLE PRECISION NOT NULL,
    outcome          VARCHAR(32)      NOT NULL,
    citations        VARCHAR(4000)    NOT NULL,
    model            VARCHAR(200)     NOT NULL,
    created_at       TIMESTAMP        NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX support_turns_outcome ON support_turns (outcome);
