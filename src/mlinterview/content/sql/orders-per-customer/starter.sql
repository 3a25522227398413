-- Every customer with their number of orders and total spent (0 when none).
-- Columns: customer_id, name, order_count, total_amount.
SELECT 1;
