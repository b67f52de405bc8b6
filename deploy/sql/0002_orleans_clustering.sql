-- Thaiyyal migration 0002: cluster membership for Microsoft.Orleans.Clustering.AdoNet.
-- One version row per cluster (DeploymentId = ClusterOptions.ClusterId) is the membership table's optimistic-concurrency
-- token: every insert or update of a silo row must bump it from the version the silo read, or do nothing.

CREATE TABLE orleans_membership_version
(
    DeploymentId varchar(150) NOT NULL,
    Version      integer      NOT NULL DEFAULT 0,
    ChangedAt    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_orleans_membership_version PRIMARY KEY (DeploymentId)
);

CREATE TABLE orleans_membership
(
    DeploymentId varchar(150)  NOT NULL,
    Address      varchar(45)   NOT NULL,
    Port         integer       NOT NULL,
    Generation   integer       NOT NULL,
    SiloName     varchar(150)  NOT NULL,
    HostName     varchar(150)  NOT NULL,
    Status       integer       NOT NULL,
    ProxyPort    integer       NOT NULL DEFAULT 0,
    SuspectTimes text          NULL,
    StartTime    timestamptz   NOT NULL,
    IAmAliveTime timestamptz   NOT NULL,
    CONSTRAINT pk_orleans_membership PRIMARY KEY (DeploymentId, Address, Port, Generation),
    -- Deleting a cluster's version row removes its silo rows with it.
    CONSTRAINT fk_orleans_membership_version FOREIGN KEY (DeploymentId)
        REFERENCES orleans_membership_version (DeploymentId) ON DELETE CASCADE
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Returns 1 when this call created the cluster's version row, 0 when it already existed.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO orleans_membership_version (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*)::int FROM created;
$q$),

-- Adds a silo row and bumps the version in one statement; 0 (nothing written) when the version moved on or the row exists.
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE orleans_membership_version
    SET Version = Version + 1, ChangedAt = now()
    WHERE DeploymentId = @DeploymentId
      AND Version = @Version
      AND NOT EXISTS (
          SELECT 1 FROM orleans_membership
          WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
    RETURNING 1
), added AS (
    INSERT INTO orleans_membership
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, coalesce(@ProxyPort, 0),
           @StartTime, @IAmAliveTime
    WHERE EXISTS (SELECT 1 FROM bumped)
    RETURNING 1
)
SELECT count(*)::int FROM added;
$q$),

-- Changes a silo row and bumps the version in one statement; 0 when the version moved on or the row is missing.
('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE orleans_membership_version
    SET Version = Version + 1, ChangedAt = now()
    WHERE DeploymentId = @DeploymentId
      AND Version = @Version
      AND EXISTS (
          SELECT 1 FROM orleans_membership
          WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
    RETURNING 1
), changed AS (
    UPDATE orleans_membership
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND EXISTS (SELECT 1 FROM bumped)
    RETURNING 1
)
SELECT count(*)::int FROM changed;
$q$),

-- The heartbeat: not versioned, never expected to fail.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleans_membership
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),

-- One row per matching silo plus the version; the version row alone (silo columns null) when the silo is unknown.
('MembershipReadRowKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM orleans_membership_version v
LEFT JOIN orleans_membership m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$q$),

-- The silo rows go with the version row (ON DELETE CASCADE).
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleans_membership_version WHERE DeploymentId = @DeploymentId;
$q$),

-- Gateways clients may connect to: silos in the requested status (Active) that expose a gateway port.
('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation
FROM orleans_membership
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),

-- Removes rows of silos silent since the given time, unless they are still marked Active (status 3).
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleans_membership
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
