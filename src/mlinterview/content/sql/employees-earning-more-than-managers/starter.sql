-- Employees who earn strictly more than their direct manager.
-- Columns: employee, employee_salary, manager, manager_salary.
SELECT 1;
