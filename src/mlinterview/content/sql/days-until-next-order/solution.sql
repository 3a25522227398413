-- LEAD looks one row ahead inside the customer's own orders (PARTITION BY), in time order with
-- the id as tie-breaker. Subtracting two DATEs gives a number of days; LEAD past the last order
-- is NULL, and so is the difference.
SELECT
    id AS order_id,
    customer_id,
    LEAD(ordered_on) OVER (PARTITION BY customer_id ORDER BY ordered_on, id) - ordered_on AS days_to_next
FROM orders;
