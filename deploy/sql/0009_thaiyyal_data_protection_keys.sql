-- Thaiyyal migration 0009: the Data Protection key ring that encrypts tenants' secrets at rest, shared by every silo.
-- One row per key (Data Protection's XML, with its creation, activation and expiry dates inside). The keys are the
-- installation's, not a tenant's: each value is protected under a purpose that includes its tenant and name.

CREATE TABLE thaiyyal_data_protection_keys
(
    id            bigint      GENERATED ALWAYS AS IDENTITY,
    friendly_name text        NOT NULL,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_thaiyyal_data_protection_keys PRIMARY KEY (id),
    CONSTRAINT uq_thaiyyal_data_protection_keys_name UNIQUE (friendly_name)
);
