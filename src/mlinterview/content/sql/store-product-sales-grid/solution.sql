-- CROSS JOIN builds every (store, product) pair; the sales are summed per pair first and then
-- attached with a LEFT JOIN so pairs without sales keep a row with 0.
WITH sold AS (
    SELECT store_id, product_id, SUM(units) AS units
    FROM sales
    GROUP BY store_id, product_id
)
SELECT s.id AS store_id, p.id AS product_id, COALESCE(sold.units, 0) AS units
FROM stores AS s
CROSS JOIN products AS p
LEFT JOIN sold ON sold.store_id = s.id AND sold.product_id = p.id;
