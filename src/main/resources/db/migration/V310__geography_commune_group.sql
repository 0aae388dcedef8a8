-- The commune group of the 2026-2030 criteria set (Quyết định 51/2025/QĐ-TTg: N1, N2, N3), as the province decided it,
-- with its validity: valid_to NULL while still in force. One row per commune and start date.
CREATE TABLE geography_commune_group (
    unit_code     VARCHAR(10)  NOT NULL,
    group_code    VARCHAR(4)   NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    document      VARCHAR(200) NOT NULL,
    province_code VARCHAR(10)  NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMP    NOT NULL,
    CONSTRAINT geography_commune_group_pk PRIMARY KEY (unit_code, valid_from),
    CONSTRAINT geography_commune_group_code CHECK (group_code IN ('N1', 'N2', 'N3')),
    CONSTRAINT geography_commune_group_validity CHECK (valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX geography_commune_group_province_ix ON geography_commune_group (province_code);
