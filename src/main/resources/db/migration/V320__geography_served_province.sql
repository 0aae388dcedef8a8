-- The provinces (after the 2025 reform) this install serves: set by ntm.province at start or on the first-run page.
-- A province once served stays served: values and plans refer to its units.
CREATE TABLE geography_served_province (
    code       VARCHAR(10)  NOT NULL,
    set_up_at  TIMESTAMP    NOT NULL,
    set_up_by  VARCHAR(100) NOT NULL,
    CONSTRAINT geography_served_province_pk PRIMARY KEY (code)
);
