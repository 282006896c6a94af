-- The claims' event log that GET /claims/stream serves (ADR 0016): one row per committed
-- ingestion (the claims it stored) or retraction (the claims it removed). Each writer takes a
-- transaction-level advisory lock before its row is given an id and keeps it until it commits,
-- so ids become visible in increasing order: a reader that asks for the rows after the last id
-- it saw never misses one. Rows are kept, so that a client can resume from any event id; the log
-- starts with this migration (a store's earlier documents have no events).
CREATE TABLE claim_event (
    id          bigserial   PRIMARY KEY,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    kind        text        NOT NULL CHECK (kind IN ('STORED', 'RETRACTED')),
    document_id bigint      NOT NULL,
    claim_ids   bigint[]    NOT NULL DEFAULT '{}'
);
