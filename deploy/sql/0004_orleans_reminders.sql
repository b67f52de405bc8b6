-- Thaiyyal migration 0004: durable reminders for Microsoft.Orleans.Reminders.AdoNet.
-- GrainHash is the grain's uniform hash as a signed integer; each silo reads the hash range it owns.
-- Period is in milliseconds. Version is the reminder's ETag.

CREATE TABLE orleans_reminders
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      varchar(150) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,
    CONSTRAINT pk_orleans_reminders PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX ix_orleans_reminders_hash ON orleans_reminders (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('UpsertReminderRowKey', $q$
INSERT INTO orleans_reminders AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash, Version = r.Version + 1
RETURNING r.Version;
$q$),

('ReadReminderRowsKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM orleans_reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM orleans_reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),

-- The range (BeginHash, EndHash] when it does not wrap around.
('ReadRangeRows1Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM orleans_reminders
WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$),

-- The range that wraps around: above BeginHash or up to EndHash.
('ReadRangeRows2Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM orleans_reminders
WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),

-- Returns 1 when the reminder at that version was removed, 0 otherwise.
('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM orleans_reminders
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
    RETURNING 1
)
SELECT count(*)::int FROM removed;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleans_reminders WHERE ServiceId = @ServiceId;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
