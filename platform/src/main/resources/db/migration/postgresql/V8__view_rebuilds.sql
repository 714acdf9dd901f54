-- The query side's view rebuilds, shared by all its replicas (query.rebuild.RebuildStore).
-- A lease per view: at most one rebuild of a view runs in the cluster. Whoever inserts the row (or takes over
-- a row whose heartbeat is older than the stall timeout, by a conditional update) runs the rebuild and renews
-- the heartbeat every poll interval; the row is deleted when the rebuild ends. Times are epoch milliseconds of
-- the replicas' clocks.
CREATE TABLE view_rebuild_lease (
    view_name   VARCHAR(255) NOT NULL PRIMARY KEY,
    rebuild_id  VARCHAR(255) NOT NULL,
    owner       VARCHAR(255) NOT NULL,
    heartbeat   BIGINT       NOT NULL
);
-- Every rebuild's status as the admin API shows it (RebuildStatus as JSON), written by the replica running it
-- every poll interval and at its end, so that every replica answers the same; the newest finished ones are kept.
CREATE TABLE view_rebuild (
    rebuild_id  VARCHAR(255) NOT NULL PRIMARY KEY,
    view_name   VARCHAR(255) NOT NULL,
    owner       VARCHAR(255) NOT NULL,
    running     BOOLEAN      NOT NULL,
    started_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL,
    status      TEXT         NOT NULL
);
CREATE INDEX view_rebuild_started ON view_rebuild (started_at);
CREATE INDEX view_rebuild_running ON view_rebuild (running);
