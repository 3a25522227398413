-- Compares the first case with the first phone: misses customers who bought a case earlier too.
SELECT customer_id
FROM purchases
GROUP BY customer_id
HAVING MIN(purchased_at) FILTER (WHERE product = 'case')
     > MIN(purchased_at) FILTER (WHERE product = 'phone');
