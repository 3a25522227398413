-- Customers who bought at least one product in the 'books' category, each listed once.
-- Columns: id, name.
SELECT 1;
