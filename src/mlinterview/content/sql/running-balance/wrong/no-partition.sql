-- Without PARTITION BY, the balance runs across all accounts.
SELECT account_id, id, txn_date, amount,
       SUM(amount) OVER (ORDER BY account_id, txn_date, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
FROM transactions
ORDER BY account_id, txn_date, id;
