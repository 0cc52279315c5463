-- A deferred apply run's continuation: an apply run with the same effective date that the host starts
-- on its own once the plugin's limit (Autotask's hourly API budget) allows the rest (plugin-api 1.3
-- BillingReport.resumeAfter). Kept here so that a host restart keeps it.
CREATE SEQUENCE billing_continuation_seq START WITH 1;

CREATE TABLE billing_continuation (
    continuation_id BIGINT        PRIMARY KEY,
    plugin_id       VARCHAR(200)  NOT NULL,
    effective_date  DATE          NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The deferred run it continues, and its place in the chain (1 for the first continuation).
    from_run_id     VARCHAR(40)   NOT NULL,
    step            INT           NOT NULL,
    -- SCHEDULED, STARTED, CANCELLED, SUPERSEDED or NOT_STARTED (the run could not start; note says why).
    state           VARCHAR(20)   NOT NULL,
    run_id          VARCHAR(40),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    note            VARCHAR(1000) NOT NULL DEFAULT ''
);
CREATE INDEX billing_continuation_by_state ON billing_continuation (state, due_at);
CREATE INDEX billing_continuation_by_run ON billing_continuation (from_run_id);
