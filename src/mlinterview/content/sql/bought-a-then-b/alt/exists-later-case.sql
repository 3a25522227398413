-- For each phone purchase, look for a case bought later by the same customer; DISTINCT keeps
-- a customer with several qualifying phones once.
SELECT DISTINCT phone.customer_id
FROM purchases AS phone
WHERE phone.product = 'phone'
  AND EXISTS (
      SELECT 1
      FROM purchases AS c
      WHERE c.customer_id = phone.customer_id
        AND c.product = 'case'
        AND c.purchased_at > phone.purchased_at
  );
