-- COUNT(*) counts every order, pending ones included. The percentile aggregates skip NULLs.
-- PERCENTILE_CONT interpolates between neighbouring values, which for 0.5 is the textbook
-- median (the mean of the two middle values when their number is even).
SELECT
    country,
    COUNT(*) AS orders,
    PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount) AS median_amount,
    PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY amount) AS p90_amount
FROM orders
GROUP BY country;
