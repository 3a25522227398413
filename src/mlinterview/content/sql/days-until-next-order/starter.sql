-- For each order: days until the same customer's next order (NULL for their last one).
-- Columns: order_id, customer_id, days_to_next.
SELECT 1;
