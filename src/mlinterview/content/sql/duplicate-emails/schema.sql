CREATE TABLE users (
    id INTEGER PRIMARY KEY,  -- account id
    email VARCHAR            -- address as typed at signup; NULL for phone-only accounts
);
