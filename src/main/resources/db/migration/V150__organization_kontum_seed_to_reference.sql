-- Kon Tum's departments are reference data now (reference/organizations/62.csv, loaded by
-- Organizations.loadReference when Kon Tum is set up, and by the demo), no longer rows every install gets.
-- V61 cannot be un-applied, and editing it would break the checksums of existing databases, so this migration
-- removes what V61 seeded, but only where nobody has used or changed it: on a new install always, on an existing one
-- only when the 26 organizations and 19 assignments are exactly as seeded and no user, report, sponsorship or
-- support refers to them. Otherwise the province's rows stay as they are.
CREATE TABLE organization_v150_seed_unused (unused INT NOT NULL);

INSERT INTO organization_v150_seed_unused (unused)
SELECT 1 FROM (VALUES (1)) AS v (one)
WHERE (SELECT COUNT(*) FROM organization_organization WHERE province_code = '62') = 26
  AND (SELECT COUNT(*) FROM organization_organization WHERE province_code = '62' AND to_confirm = TRUE
       AND demo = FALSE AND version = 0
       AND short_code IN ('vpdp-ntm', 'so-nnptnt', 'so-xd', 'so-gtvt', 'so-ct', 'so-gddt', 'so-vhttdl', 'so-tttt', 'cuc-tk', 'so-ldtbxh', 'so-yte', 'so-tnmt', 'so-nv', 'so-tp', 'bchqs', 'ca-tinh', 'ubnd-608', 'ubnd-610', 'ubnd-611', 'ubnd-612', 'ubnd-613', 'ubnd-614', 'ubnd-615', 'ubnd-616', 'ubnd-617', 'ubnd-618')) = 26
  AND (SELECT COUNT(*) FROM organization_criterion_assignment WHERE province_code = '62') = 19
  AND (SELECT COUNT(*) FROM organization_criterion_assignment WHERE province_code = '62'
       AND set_code = 'xa-ntm-2021-2025' AND indicator_code IS NULL AND status = 'TO_CONFIRM' AND version = 0) = 19
  AND (SELECT COUNT(*) FROM organization_criterion_support s
       JOIN organization_criterion_assignment a ON a.id = s.assignment_id WHERE a.province_code = '62') = 3
  AND NOT EXISTS (SELECT 1 FROM organization_support_assignment s
       JOIN organization_organization o ON o.id = s.organization_id WHERE o.province_code = '62')
  AND NOT EXISTS (SELECT 1 FROM planning_sponsorship p
       JOIN organization_organization o ON o.id = p.sponsor_org_id WHERE o.province_code = '62')
  AND NOT EXISTS (SELECT 1 FROM identity_user_role r
       JOIN organization_organization o ON r.scope = CAST(o.id AS VARCHAR(100))
       WHERE r.role IN ('DEPARTMENT_OFFICER', 'SPONSOR') AND o.province_code = '62')
  AND NOT EXISTS (SELECT 1 FROM reporting_submission WHERE province_code = '62')
  AND NOT EXISTS (SELECT 1 FROM reporting_consolidated WHERE province_code = '62')
  AND NOT EXISTS (SELECT 1 FROM reporting_reminder_sent WHERE province_code = '62');

DELETE FROM organization_criterion_support
WHERE assignment_id IN (SELECT id FROM organization_criterion_assignment WHERE province_code = '62')
  AND EXISTS (SELECT 1 FROM organization_v150_seed_unused);
DELETE FROM organization_criterion_assignment
WHERE province_code = '62' AND EXISTS (SELECT 1 FROM organization_v150_seed_unused);
DELETE FROM organization_organization
WHERE province_code = '62' AND EXISTS (SELECT 1 FROM organization_v150_seed_unused);

DROP TABLE organization_v150_seed_unused;
