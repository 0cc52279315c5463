CREATE SEQUENCE billing_run_seq START WITH 1;

-- Every billing run: who or what started it, how it ended, and its report as JSON.
CREATE TABLE billing_run (
    run_id         VARCHAR(40)   PRIMARY KEY,
    plugin_id      VARCHAR(200)  NOT NULL,
    mode           VARCHAR(10)   NOT NULL,
    effective_date DATE          NOT NULL,
    trigger_kind   VARCHAR(20)   NOT NULL,
    started_by     VARCHAR(100)  NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    state          VARCHAR(30)   NOT NULL,
    message        VARCHAR(4000) NOT NULL,
    line_count     INT           NOT NULL DEFAULT 0,
    change_count   INT           NOT NULL DEFAULT 0,
    failed_count   INT           NOT NULL DEFAULT 0,
    problem_count  INT           NOT NULL DEFAULT 0,
    -- While running: progress and a cancel request, shared with other processes on the data folder.
    progress_done  INT           NOT NULL DEFAULT 0,
    progress_total INT           NOT NULL DEFAULT 0,
    progress_step  VARCHAR(200)  NOT NULL DEFAULT '',
    cancel_requested BOOLEAN     NOT NULL DEFAULT FALSE,
    report_json    CLOB
);
CREATE INDEX billing_run_by_start ON billing_run (started_at DESC);

-- At most one run per plugin across every process sharing the data folder; a lease the holder
-- renews while its run is alive, so a killed process's lease runs out.
CREATE TABLE run_lease (
    plugin_id  VARCHAR(200) PRIMARY KEY,
    run_id     VARCHAR(40)  NOT NULL,
    holder     VARCHAR(200) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The daily schedule: a single row.
CREATE TABLE billing_schedule (
    id            INT        PRIMARY KEY,
    enabled       BOOLEAN    NOT NULL,
    run_at        VARCHAR(5) NOT NULL,
    last_run_date DATE
);
INSERT INTO billing_schedule (id, enabled, run_at, last_run_date) VALUES (1, FALSE, '02:00', NULL);
