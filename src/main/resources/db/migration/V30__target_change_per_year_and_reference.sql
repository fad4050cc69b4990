-- ANNUAL_CHANGE targets state a signed change per year (每年降低0.5个百分点: -0.5, in the indicator's unit);
-- AT_LEAST_REFERENCE / APPROX_REFERENCE targets name the indicator they are compared with (本地区党员总数中女性比例).
ALTER TABLE target
    ADD COLUMN change_per_year DECIMAL(20,6) NULL,
    ADD COLUMN reference_indicator_id BIGINT NULL,
    ADD KEY ix_target_reference_indicator (reference_indicator_id),
    ADD CONSTRAINT fk_target_reference_indicator FOREIGN KEY (reference_indicator_id) REFERENCES indicator (id);
