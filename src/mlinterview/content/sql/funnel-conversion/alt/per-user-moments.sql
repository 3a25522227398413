-- One row per user with the moment of each step they reached (correlated MINs), then the
-- three counts from one aggregate row and the conversions written out step by step.
WITH viewed AS (
    SELECT user_id, MIN(event_at) AS viewed_at
    FROM events
    WHERE event = 'view'
    GROUP BY user_id
),
carted AS (
    SELECT
        v.user_id,
        (
            SELECT MIN(c.event_at)
            FROM events AS c
            WHERE c.user_id = v.user_id AND c.event = 'cart' AND c.event_at > v.viewed_at
        ) AS carted_at
    FROM viewed AS v
),
reached AS (
    SELECT
        carted_at IS NOT NULL AS did_cart,
        EXISTS (
            SELECT 1
            FROM events AS b
            WHERE b.user_id = c.user_id AND b.event = 'purchase' AND b.event_at > c.carted_at
        ) AS did_buy
    FROM carted AS c
),
counts AS (
    SELECT
        COUNT(*) AS viewers,
        COUNT(*) FILTER (WHERE did_cart) AS carters,
        COUNT(*) FILTER (WHERE did_buy) AS buyers
    FROM reached
)
SELECT 1 AS step, 'view' AS event, viewers AS users, CAST(NULL AS DOUBLE) AS conversion FROM counts
UNION ALL
SELECT 2, 'cart', carters, carters / NULLIF(viewers, 0) FROM counts
UNION ALL
SELECT 3, 'purchase', buyers, buyers / NULLIF(carters, 0) FROM counts
ORDER BY step;
