-- The year filter in WHERE removes the NULL rows of products without 2024 sales.
SELECT
    p.name AS product,
    SUM(CASE WHEN quarter(s.sold_on) = 1 THEN s.amount ELSE 0 END) AS q1,
    SUM(CASE WHEN quarter(s.sold_on) = 2 THEN s.amount ELSE 0 END) AS q2,
    SUM(CASE WHEN quarter(s.sold_on) = 3 THEN s.amount ELSE 0 END) AS q3,
    SUM(CASE WHEN quarter(s.sold_on) = 4 THEN s.amount ELSE 0 END) AS q4
FROM products AS p
LEFT JOIN sales AS s ON s.product_id = p.id
WHERE year(s.sold_on) = 2024
GROUP BY p.id, p.name;
