-- Thaiyyal migration 0001: the table the Orleans ADO.NET providers read their SQL from.
-- Each provider loads every row at start-up ("SELECT QueryKey, QueryText FROM OrleansQuery") and runs the text of the
-- keys it needs, binding parameters by name (@Name). Later migrations register the texts for each provider.
-- Unquoted identifiers fold to lower case; the providers find columns case-insensitively.

CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT pk_orleans_query PRIMARY KEY (QueryKey)
);
