-- Employees paid strictly more than the average salary of their own department.
-- Columns: name, department, salary.
SELECT 1;
