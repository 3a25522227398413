-- Every store and product pair from a cross join, each cell's units summed by a correlated
-- subquery (no rows gives NULL, shown as 0).
SELECT
    s.id AS store_id,
    p.id AS product_id,
    COALESCE((
        SELECT SUM(x.units) FROM sales AS x WHERE x.store_id = s.id AND x.product_id = p.id
    ), 0) AS units
FROM stores AS s
CROSS JOIN products AS p;
