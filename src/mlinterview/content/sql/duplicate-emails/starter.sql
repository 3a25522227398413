-- Email addresses (lowercased) used by more than one account, with how many accounts use them.
-- Columns: email, accounts.
SELECT 1;
