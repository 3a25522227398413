-- The category test sits in a LEFT JOIN's ON clause, so it filters nothing: every buyer is kept.
SELECT DISTINCT c.id, c.name
FROM customers AS c
JOIN purchases AS pu ON pu.customer_id = c.id
LEFT JOIN products AS p ON p.id = pu.product_id AND p.category = 'books';
