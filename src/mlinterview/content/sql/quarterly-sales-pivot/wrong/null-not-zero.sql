-- CASE without ELSE makes SUM return NULL for an empty quarter.
SELECT
    p.name AS product,
    SUM(CASE WHEN quarter(s.sold_on) = 1 THEN s.amount END) AS q1,
    SUM(CASE WHEN quarter(s.sold_on) = 2 THEN s.amount END) AS q2,
    SUM(CASE WHEN quarter(s.sold_on) = 3 THEN s.amount END) AS q3,
    SUM(CASE WHEN quarter(s.sold_on) = 4 THEN s.amount END) AS q4
FROM products AS p
LEFT JOIN sales AS s ON s.product_id = p.id AND year(s.sold_on) = 2024
GROUP BY p.id, p.name;
