-- Grouping the sales table alone cannot produce pairs that never sold.
SELECT store_id, product_id, SUM(units) AS units
FROM sales
GROUP BY store_id, product_id;
