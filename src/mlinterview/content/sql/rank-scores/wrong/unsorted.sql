-- The ranks are right but the rows come out in id order.
SELECT id, score, DENSE_RANK() OVER (ORDER BY score DESC) AS score_rank
FROM scores
ORDER BY id;
