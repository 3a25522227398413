-- Customers who have never placed an order. Columns: id, name.
SELECT 1;
