-- A threshold stated as factor × another set's threshold (xã NTM kiểu mẫu: income ≥ 1,10 × the advanced level).
ALTER TABLE criteria_threshold ADD COLUMN relative_set_code VARCHAR(100);
ALTER TABLE criteria_threshold ADD COLUMN relative_indicator_code VARCHAR(20);
ALTER TABLE criteria_threshold ADD COLUMN relative_factor DECIMAL(12, 4);
