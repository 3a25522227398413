-- One row per customer straight from customers, with the count and the total looked up by
-- correlated subqueries: COUNT(*) of no rows is 0, and SUM of no rows is NULL, hence COALESCE.
SELECT
    c.id AS customer_id,
    c.name,
    (SELECT COUNT(*) FROM orders AS o WHERE o.customer_id = c.id) AS order_count,
    COALESCE((SELECT SUM(o.amount) FROM orders AS o WHERE o.customer_id = c.id), 0) AS total_amount
FROM customers AS c;
