-- Join through to the products and keep the book purchases; DISTINCT folds a customer who
-- bought several books back into one row.
SELECT DISTINCT c.id, c.name
FROM customers AS c
JOIN purchases AS pu ON pu.customer_id = c.id
JOIN products AS p ON p.id = pu.product_id
WHERE p.category = 'books';
