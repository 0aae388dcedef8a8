-- Uploaded value workbooks: a preview kept for its owner until it expires or is committed, then a record of the import.
CREATE TABLE exchange_import (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(100) NOT NULL,
    unit_code    VARCHAR(16)  NOT NULL,
    period       VARCHAR(8)   NOT NULL,
    set_code     VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(255),
    status       VARCHAR(16)  NOT NULL,
    value_count  INT          NOT NULL,
    change_count INT          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE,
    payload      BYTEA
);
CREATE INDEX exchange_import_owner ON exchange_import (owner, created_at);
