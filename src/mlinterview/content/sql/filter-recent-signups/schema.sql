CREATE TABLE customers (
    id INTEGER PRIMARY KEY,     -- customer id
    name VARCHAR NOT NULL,      -- display name
    country VARCHAR NOT NULL,   -- two-letter country code, e.g. 'DE'
    signup_date DATE NOT NULL,  -- day the account was created
    email VARCHAR,              -- contact address; NULL when none was given
    is_test BOOLEAN NOT NULL    -- true for internal test accounts
);
