-- Segment customers by total paid spend (high >= 1000, medium >= 200, low otherwise).
-- Columns: segment, customers, avg_spend. Rows: high, medium, low in that order.
SELECT 1;
