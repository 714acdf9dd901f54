-- db-scheduler's table: Axon's persistent deadline manager keeps its timers here, so they survive restarts.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- A retried command with the same Idempotency-Key returns the first result. The row is written in the
-- command's own transaction, together with its events: either both are there or neither.
CREATE TABLE idempotency_key (
    principal       VARCHAR(255)             NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    request_hash    VARCHAR(64)              NOT NULL,
    command_name    VARCHAR(255)             NOT NULL,
    result          VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
