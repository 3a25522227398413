-- A self-join lists a customer once per (phone, later case) pair.
SELECT p.customer_id
FROM purchases AS p
JOIN purchases AS c
  ON c.customer_id = p.customer_id AND c.product = 'case' AND c.purchased_at > p.purchased_at
WHERE p.product = 'phone';
