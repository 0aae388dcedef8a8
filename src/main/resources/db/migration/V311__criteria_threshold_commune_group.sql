-- The 2026-2030 set (Quyết định 51/2025/QĐ-TTg) sets its levels by commune group (N1, N2, N3) instead of by region.
ALTER TABLE criteria_threshold ADD COLUMN commune_group VARCHAR(4);
