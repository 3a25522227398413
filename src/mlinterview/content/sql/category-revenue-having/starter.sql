-- Categories whose 2024 revenue is at least 1000 from at least 3 different customers.
-- Columns: category, revenue, customers.
SELECT 1;
