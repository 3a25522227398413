CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,       -- transaction id; orders same-day transactions
    account_id INTEGER NOT NULL,  -- account
    txn_date DATE NOT NULL,       -- booking day
    amount INTEGER NOT NULL       -- deposit (positive) or withdrawal (negative)
);
