-- Without a window: the balance after a transaction is the sum of the account's transactions
-- up to and including it (an earlier day, or the same day with an id not larger).
SELECT
    t.account_id,
    t.id,
    t.txn_date,
    t.amount,
    (
        SELECT SUM(x.amount)
        FROM transactions AS x
        WHERE x.account_id = t.account_id
          AND (x.txn_date < t.txn_date OR (x.txn_date = t.txn_date AND x.id <= t.id))
    ) AS balance
FROM transactions AS t
ORDER BY t.account_id, t.txn_date, t.id;
