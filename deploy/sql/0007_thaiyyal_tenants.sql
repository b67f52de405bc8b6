-- Thaiyyal migration 0007: tenants. The run history and the runs index are keyed by tenant first, so two tenants'
-- runs never share a row (a run id is unique only within its tenant) and every read names its tenant.
-- Everything written before tenants belongs to tenant 'default': existing events get it through the column default,
-- existing index rows already carry it (the runs index always wrote tenant_id = 'default'). No row is rewritten or
-- dropped; only the primary keys change (each is rebuilt once, which locks its table for the length of the build).

ALTER TABLE thaiyyal_run_events ADD COLUMN tenant_id text NOT NULL DEFAULT 'default';
ALTER TABLE thaiyyal_run_events DROP CONSTRAINT pk_thaiyyal_run_events;
ALTER TABLE thaiyyal_run_events ADD CONSTRAINT pk_thaiyyal_run_events PRIMARY KEY (tenant_id, run_id, seq);

ALTER TABLE thaiyyal_runs ALTER COLUMN tenant_id SET DEFAULT 'default';
ALTER TABLE thaiyyal_runs DROP CONSTRAINT pk_thaiyyal_runs;
ALTER TABLE thaiyyal_runs ADD CONSTRAINT pk_thaiyyal_runs PRIMARY KEY (tenant_id, run_id);
