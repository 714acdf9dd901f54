-- Audit slices (export and verification by period) select the cases active in a time range; without this
-- index every such request scans the whole event table.
CREATE INDEX domainevententry_timestamp ON domainevententry (timestamp);
