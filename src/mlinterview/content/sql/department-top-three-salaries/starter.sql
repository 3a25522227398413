-- Per department, everyone whose salary is among the department's three highest distinct salaries.
-- Columns: department, employee, salary.
SELECT 1;
