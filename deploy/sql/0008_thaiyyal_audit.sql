-- Thaiyyal migration 0008: the audit log. One hash-chained line of entries per tenant (tenant_id is the tenant id,
-- or '_installation' for what no tenant can be named for: a request refused before anyone was identified).
-- Each row's hash is SHA-256 over the previous row's hash and the row's canonical form (Grains/Audit/AuditHashing.cs);
-- only the tenant's audit grain appends, so (tenant_id, seq) runs 1, 2, 3, ... without gaps.

CREATE TABLE thaiyyal_audit
(
    tenant_id      text        NOT NULL,
    seq            bigint      NOT NULL,
    recorded_at    timestamptz NOT NULL,
    actor          text        NOT NULL,
    action         text        NOT NULL,
    target         text        NOT NULL,
    outcome        integer     NOT NULL,
    client_address text        NULL,
    request_id     text        NOT NULL,
    trace_id       text        NULL,
    prev_hash      text        NOT NULL,
    hash           text        NOT NULL,
    CONSTRAINT pk_thaiyyal_audit PRIMARY KEY (tenant_id, seq)
);

-- Time filters and age-based retention.
CREATE INDEX ix_thaiyyal_audit_tenant_recorded ON thaiyyal_audit (tenant_id, recorded_at);

-- Where each chain's stored rows begin after retention pruned the older ones: the last pruned row's seq and hash,
-- from which verification starts.
CREATE TABLE thaiyyal_audit_checkpoints
(
    tenant_id text        NOT NULL,
    seq       bigint      NOT NULL,
    hash      text        NOT NULL,
    pruned_at timestamptz NOT NULL,
    CONSTRAINT pk_thaiyyal_audit_checkpoints PRIMARY KEY (tenant_id)
);
