-- ROW_NUMBER gives equal scores different ranks.
SELECT id, score, ROW_NUMBER() OVER (ORDER BY score DESC, id) AS score_rank
FROM scores
ORDER BY score DESC, id;
