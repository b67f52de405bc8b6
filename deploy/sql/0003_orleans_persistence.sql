-- Thaiyyal migration 0003: grain state for Microsoft.Orleans.Persistence.AdoNet (storages "thaiyyal-runs", "PubSubStore").
-- One row per (service, state name, grain). Version is the ETag: a write must name the version it read, or, for a
-- state never written, no version at all; anything else writes nothing and Orleans raises InconsistentStateException.
-- PayloadBinary holds the serialized state (UTF-8 JSON with the System.Text.Json grain storage serializer).

CREATE TABLE orleans_grain_state
(
    ServiceId              varchar(150) NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    PayloadBinary          bytea        NULL,
    Version                integer      NOT NULL,
    ModifiedOn             timestamptz  NOT NULL DEFAULT now()
);

-- The identity of a state row; a null extension counts as the empty one so ON CONFLICT can use it.
CREATE UNIQUE INDEX ux_orleans_grain_state_identity ON orleans_grain_state
    (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, (coalesce(GrainIdExtensionString, '')));

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('ReadFromStorageKey', $q$
SELECT PayloadBinary, now() AS ReadAt, Version
FROM orleans_grain_state
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
  AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND coalesce(GrainIdExtensionString, '') = coalesce(@GrainIdExtensionString, '');
$q$),

-- Returns the new version: 1 for a first write, read version + 1 for an update; on a conflict the version the caller
-- sent (or null for a first write that lost a race), which Orleans reports as a version conflict.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleans_grain_state
    SET PayloadBinary = @PayloadBinary, Version = Version + 1, ModifiedOn = now()
    WHERE @GrainStateVersion IS NOT NULL
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
      AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND coalesce(GrainIdExtensionString, '') = coalesce(@GrainIdExtensionString, '')
      AND Version = @GrainStateVersion
    RETURNING Version
), inserted AS (
    INSERT INTO orleans_grain_state
        (ServiceId, GrainTypeHash, GrainTypeString, GrainIdHash, GrainIdN0, GrainIdN1, GrainIdExtensionString,
         PayloadBinary, Version)
    SELECT @ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
           @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1,
                 (coalesce(GrainIdExtensionString, ''))) DO NOTHING
    RETURNING Version
)
SELECT coalesce((SELECT Version FROM updated), (SELECT Version FROM inserted), @GrainStateVersion) AS NewGrainStateVersion;
$q$),

-- Keeps the row with no payload and a new version (the default, DeleteStateOnClear = false).
('ClearStorageKey', $q$
UPDATE orleans_grain_state
SET PayloadBinary = NULL, Version = Version + 1, ModifiedOn = now()
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
  AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND coalesce(GrainIdExtensionString, '') = coalesce(@GrainIdExtensionString, '')
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
$q$),

-- Removes the row (DeleteStateOnClear = true); returns the deleted version + 1 as Orleans expects.
('DeleteStorageKey', $q$
DELETE FROM orleans_grain_state
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND ServiceId = @ServiceId
  AND GrainTypeString = @GrainTypeString AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND coalesce(GrainIdExtensionString, '') = coalesce(@GrainIdExtensionString, '')
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
