-- The host's own facts (first start, seeding done, ...).
CREATE TABLE host_meta (
    meta_key   VARCHAR(100)  PRIMARY KEY,
    meta_value VARCHAR(1000) NOT NULL
);

-- The administrator; the password only as a bcrypt hash.
CREATE TABLE admin_account (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per plugin: its non-secret values as JSON, and the version every save is checked against.
CREATE TABLE plugin_settings (
    plugin_id   VARCHAR(200) PRIMARY KEY,
    version     BIGINT       NOT NULL,
    values_json CLOB         NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL
);

-- Secrets, each sealed with AES-GCM under the key file of the data folder (IV + ciphertext + tag).
CREATE TABLE plugin_secret (
    plugin_id  VARCHAR(200)     NOT NULL,
    secret_key VARCHAR(200)     NOT NULL,
    sealed     VARBINARY(20000) NOT NULL,
    PRIMARY KEY (plugin_id, secret_key)
);

-- The plugin-scoped store of plugin-api's PluginStore (keys <= 200 chars, values <= 64 KiB).
CREATE TABLE plugin_store (
    plugin_id   VARCHAR(200)           NOT NULL,
    store_key   VARCHAR(200)           NOT NULL,
    store_value CHARACTER VARYING(65536) NOT NULL,
    PRIMARY KEY (plugin_id, store_key)
);
