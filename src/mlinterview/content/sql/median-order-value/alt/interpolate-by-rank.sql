-- The continuous percentile by hand: number a country's known amounts 0..n-1 in order; the
-- p-th percentile sits at position p * (n - 1), between the values at its floor and ceiling,
-- interpolated linearly. Pending (NULL) amounts are left out of the ranking but counted.
WITH ranked AS (
    SELECT
        country,
        amount,
        ROW_NUMBER() OVER (PARTITION BY country ORDER BY amount) - 1 AS position,
        COUNT(*) OVER (PARTITION BY country) AS n
    FROM orders
    WHERE amount IS NOT NULL
),
levels(p) AS (
    VALUES (0.5), (0.9)
),
percentiles AS (
    SELECT
        r.country,
        l.p,
        MAX(r.amount) FILTER (WHERE r.position = FLOOR(l.p * (r.n - 1))) AS below,
        MAX(r.amount) FILTER (WHERE r.position = CEIL(l.p * (r.n - 1))) AS above,
        ANY_VALUE(l.p * (r.n - 1) - FLOOR(l.p * (r.n - 1))) AS fraction
    FROM ranked AS r
    CROSS JOIN levels AS l
    GROUP BY r.country, l.p
),
counted AS (
    SELECT country, COUNT(*) AS orders
    FROM orders
    GROUP BY country
)
SELECT
    c.country,
    c.orders,
    (SELECT below + fraction * (above - below) FROM percentiles AS q
     WHERE q.country = c.country AND q.p = 0.5) AS median_amount,
    (SELECT below + fraction * (above - below) FROM percentiles AS q
     WHERE q.country = c.country AND q.p = 0.9) AS p90_amount
FROM counted AS c;
