-- Customers who bought a 'case' strictly after buying a 'phone'. Column: customer_id.
SELECT 1;
