-- Observed values keep what spreadsheets and statistics packages export: up to 15 significant digits
-- (224.964704409885, 0.0244992943774772), where DECIMAL(20,6) cut them at six decimals. 14 integer digits as
-- before (the range the validation allows), 20 decimals: a 15-digit value down to 1e-6 is stored exactly.
ALTER TABLE observation
    MODIFY obs_value DECIMAL(34,20) NOT NULL;
ALTER TABLE observation_revision
    MODIFY old_value DECIMAL(34,20) NULL,
    MODIFY new_value DECIMAL(34,20) NOT NULL;
