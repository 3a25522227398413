-- Customers from DE or FR who signed up in 2023, have an email and are not test accounts.
-- Columns: id, name, country.
SELECT 1;
