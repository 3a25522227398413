-- Ordering the window by date only uses the default RANGE frame: same-day rows are peers and
-- all get the end-of-day balance.
SELECT account_id, id, txn_date, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY txn_date) AS balance
FROM transactions
ORDER BY account_id, txn_date, id;
