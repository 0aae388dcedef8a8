-- Administrative units with validity. valid_from 1900-01-01 means "since before our records" (2020) and
-- valid_to 9999-12-31 "still valid": NOT NULL bounds keep (code, valid_from) unique and range queries simple.
CREATE TABLE geography_unit (
    code                 VARCHAR(10)  NOT NULL,
    valid_from           DATE         NOT NULL,
    valid_to             DATE         NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    folded_name          VARCHAR(200) NOT NULL,
    type                 VARCHAR(40)  NOT NULL,
    level                VARCHAR(10)  NOT NULL,
    parent_code          VARCHAR(10),
    path                 VARCHAR(100) NOT NULL,
    region               VARCHAR(10)  NOT NULL,
    region_override      VARCHAR(10),
    especially_difficult BOOLEAN      NOT NULL DEFAULT FALSE,
    source               VARCHAR(20)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT geography_unit_pk PRIMARY KEY (code, valid_from),
    CONSTRAINT geography_unit_validity CHECK (valid_from <= valid_to),
    CONSTRAINT geography_unit_level CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'VILLAGE'))
);
CREATE INDEX geography_unit_path_ix ON geography_unit (path);
CREATE INDEX geography_unit_parent_ix ON geography_unit (parent_code);
CREATE INDEX geography_unit_folded_ix ON geography_unit (folded_name);

CREATE TABLE geography_lineage (
    old_code     VARCHAR(10) NOT NULL,
    new_code     VARCHAR(10) NOT NULL,
    effective_on DATE        NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    source       VARCHAR(20) NOT NULL,
    CONSTRAINT geography_lineage_pk PRIMARY KEY (old_code, new_code, effective_on),
    CONSTRAINT geography_lineage_kind CHECK (kind IN ('full', 'partial'))
);
CREATE INDEX geography_lineage_new_ix ON geography_lineage (new_code);

-- One row per reference data set loaded, with the checksum of its files: a restart with the same files skips it.
CREATE TABLE geography_reference_load (
    dataset   VARCHAR(20) NOT NULL,
    checksum  VARCHAR(64) NOT NULL,
    row_count INT         NOT NULL,
    loaded_at TIMESTAMP   NOT NULL,
    CONSTRAINT geography_reference_load_pk PRIMARY KEY (dataset)
);

-- Bumped on every change to units: each instance's in-memory index compares it to know when to reload.
CREATE TABLE geography_revision (
    id       INT    NOT NULL,
    revision BIGINT NOT NULL,
    CONSTRAINT geography_revision_pk PRIMARY KEY (id)
);
INSERT INTO geography_revision (id, revision) VALUES (1, 0);
