-- One row per unit whose values or status were ever written: the row lock that serialises writers of one unit
-- (a department, the district and the commune saving at once), so that the status read model of a unit is rebuilt
-- by one transaction at a time and a second writer reads the first one's values before it checks versions.
CREATE TABLE assessment_unit_lock (
    unit_code VARCHAR(16) NOT NULL,
    CONSTRAINT assessment_unit_lock_pk PRIMARY KEY (unit_code)
);
