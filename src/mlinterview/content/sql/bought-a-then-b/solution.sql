-- A customer qualifies when some case purchase is strictly later than some phone purchase,
-- which is the same as: their latest case is later than their earliest phone.
SELECT customer_id
FROM purchases
GROUP BY customer_id
HAVING MAX(purchased_at) FILTER (WHERE product = 'case')
     > MIN(purchased_at) FILTER (WHERE product = 'phone');
