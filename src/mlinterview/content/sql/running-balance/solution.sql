-- A running total per account. The window is ordered by date and then id, and the frame is
-- ROWS: each row adds exactly the rows up to itself. (With the default RANGE frame, rows sharing
-- a date are peers and would all get the end-of-day balance.)
SELECT
    account_id,
    id,
    txn_date,
    amount,
    SUM(amount) OVER (
        PARTITION BY account_id
        ORDER BY txn_date, id
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS balance
FROM transactions
ORDER BY account_id, txn_date, id;
