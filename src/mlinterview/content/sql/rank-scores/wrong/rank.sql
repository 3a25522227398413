-- RANK leaves a gap after ties: 1, 1, 3 instead of 1, 1, 2.
SELECT id, score, RANK() OVER (ORDER BY score DESC) AS score_rank
FROM scores
ORDER BY score DESC, id;
