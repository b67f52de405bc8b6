-- Thaiyyal migration 0005: the persisted history of every run (RunStarted, NodeCompleted, ... with a per-run sequence).
-- Append-only: an event is written once at (run_id, seq) and never changed; readers page by seq.

CREATE TABLE thaiyyal_run_events
(
    run_id     text        NOT NULL,
    seq        bigint      NOT NULL,
    type       text        NOT NULL,
    payload    jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_thaiyyal_run_events PRIMARY KEY (run_id, seq),
    CONSTRAINT ck_thaiyyal_run_events_seq CHECK (seq >= 0)
);
