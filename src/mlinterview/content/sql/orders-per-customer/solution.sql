-- LEFT JOIN keeps customers without orders. COUNT(o.id) counts only matched orders (NULLs are
-- skipped), and COALESCE turns the NULL sum of "no orders" into 0.
-- Grouping by the id (not the name) keeps namesakes apart.
SELECT
    c.id AS customer_id,
    c.name,
    COUNT(o.id) AS order_count,
    COALESCE(SUM(o.amount), 0) AS total_amount
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name;
