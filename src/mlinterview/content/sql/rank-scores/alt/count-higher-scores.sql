-- Without DENSE_RANK: a score's rank is one more than the number of distinct higher scores.
SELECT
    s.id,
    s.score,
    (SELECT COUNT(DISTINCT x.score) FROM scores AS x WHERE x.score > s.score) + 1 AS score_rank
FROM scores AS s
ORDER BY s.score DESC, s.id;
