-- Aggregate every category's 2024 sales first, then keep the strong ones with a plain WHERE
-- on the aggregated rows instead of HAVING.
WITH per_category AS (
    SELECT category, SUM(amount) AS revenue, COUNT(DISTINCT customer_id) AS customers
    FROM sales
    WHERE EXTRACT(year FROM sold_on) = 2024
    GROUP BY category
)
SELECT category, revenue, customers
FROM per_category
WHERE revenue >= 1000 AND customers >= 3;
