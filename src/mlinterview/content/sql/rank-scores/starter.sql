-- Every score with its dense rank (highest = 1), ordered by score descending then id.
-- Columns: id, score, score_rank.
SELECT 1;
