-- Organizations change (issue #13): the 2025 reform ended departments and gave them successors, some in another
-- province (Kon Tum's departments went to the new Quảng Ngãi on 1 July 2025). valid_to is the last day in force;
-- NULL on either side means open. A successor takes over the predecessor's assignments from effective_on.
ALTER TABLE organization_organization ADD COLUMN valid_from DATE;
ALTER TABLE organization_organization ADD COLUMN valid_to DATE;

CREATE TABLE organization_succession (
    predecessor_id BIGINT NOT NULL REFERENCES organization_organization (id),
    successor_id   BIGINT NOT NULL REFERENCES organization_organization (id),
    effective_on   DATE   NOT NULL,
    CONSTRAINT organization_succession_pk PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT organization_succession_not_itself CHECK (predecessor_id <> successor_id)
);
CREATE INDEX organization_succession_successor_ix ON organization_succession (successor_id);
