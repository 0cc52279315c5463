-- The host RMM's own view of the devices it manages.
CREATE TABLE inventory_customer (
    customer_id VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL
);

CREATE TABLE inventory_device (
    device_id   VARCHAR(64)  PRIMARY KEY,
    customer_id VARCHAR(64)  NOT NULL REFERENCES inventory_customer (customer_id),
    name        VARCHAR(200) NOT NULL,
    os_family   VARCHAR(20)  NOT NULL,
    os_name     VARCHAR(200) NOT NULL,
    device_type VARCHAR(20)  NOT NULL
);
CREATE INDEX inventory_device_by_customer ON inventory_device (customer_id, name);

CREATE TABLE inventory_application (
    device_id    VARCHAR(64)  NOT NULL REFERENCES inventory_device (device_id),
    product_name VARCHAR(200) NOT NULL,
    version      VARCHAR(50)  NOT NULL,
    licence      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (device_id, product_name)
);

CREATE TABLE inventory_seats (
    customer_id  VARCHAR(64)  NOT NULL REFERENCES inventory_customer (customer_id),
    product_name VARCHAR(200) NOT NULL,
    users        INT          NOT NULL,
    licence      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (customer_id, product_name)
);
