-- Every employee's level (heads = 1) and the name of the head at the top of their chain.
-- Columns: id, name, level, top_boss.
SELECT 1;
