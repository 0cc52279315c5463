-- Held decreases a person confirmed (plugin-api 1.2, issue 15). A confirmation covers exactly one
-- drop: the plugin's pair, units in force and wanted, and the effective date; the key makes
-- confirming it twice a no-op. The host passes every confirmation not yet applied to the plugin's
-- next runs; applied_run_id records the apply run whose report showed it made.
CREATE TABLE drop_confirmation (
    plugin_id      VARCHAR(200)  NOT NULL,
    contract_id    VARCHAR(200)  NOT NULL,
    service_id     VARCHAR(200)  NOT NULL,
    units_in_force INT           NOT NULL,
    units_wanted   INT           NOT NULL,
    effective_date DATE          NOT NULL,
    contract_name  VARCHAR(400)  NOT NULL,
    service_name   VARCHAR(400)  NOT NULL,
    held_run_id    VARCHAR(40)   NOT NULL,
    confirmed_by   VARCHAR(100)  NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_run_id VARCHAR(40),
    PRIMARY KEY (plugin_id, contract_id, service_id, units_in_force, units_wanted, effective_date)
);
