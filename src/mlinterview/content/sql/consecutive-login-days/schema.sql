CREATE TABLE logins (
    user_id INTEGER NOT NULL,     -- who logged in
    login_at TIMESTAMP NOT NULL   -- when (several logins per day are common)
);
