-- Each customer's most recent order (ties on time: the larger order id).
-- Columns: customer_id, order_id, ordered_at, amount.
SELECT 1;
