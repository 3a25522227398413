-- DENSE_RANK: equal scores share a rank and the next score gets the next integer (no gaps).
-- The final ORDER BY makes the order total: score first, then id among equal scores.
SELECT
    id,
    score,
    DENSE_RANK() OVER (ORDER BY score DESC) AS score_rank
FROM scores
ORDER BY score DESC, id;
