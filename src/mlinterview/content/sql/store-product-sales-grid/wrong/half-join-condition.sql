-- The LEFT JOIN matches on the product only, so every store gets every store's sales.
SELECT s.id AS store_id, p.id AS product_id, COALESCE(SUM(x.units), 0) AS units
FROM stores AS s
CROSS JOIN products AS p
LEFT JOIN sales AS x ON x.product_id = p.id
GROUP BY s.id, p.id;
