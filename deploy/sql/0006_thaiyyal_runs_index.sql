-- Thaiyyal migration 0006: the runs index (one row per run) that GET /api/v1/runs lists newest first, with filters.
-- Written in the same batch (one commit) as the history events that imply it: RunStarted inserts, a terminal event updates.

CREATE TABLE thaiyyal_runs
(
    run_id       text        NOT NULL,
    tenant_id    text        NOT NULL,
    workflow_id  text        NULL,
    status       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    completed_at timestamptz NULL,
    CONSTRAINT pk_thaiyyal_runs PRIMARY KEY (run_id)
);

-- Keyset paging, newest first; the status index serves "list the failed runs" without scanning the others.
CREATE INDEX ix_thaiyyal_runs_tenant_created ON thaiyyal_runs (tenant_id, created_at DESC, run_id DESC);
CREATE INDEX ix_thaiyyal_runs_tenant_status_created ON thaiyyal_runs (tenant_id, status, created_at DESC, run_id DESC);
