-- Every department found in budgets or expenses: budget, spent, remaining (0 when missing).
-- Columns: department, budget, spent, remaining.
SELECT 1;
