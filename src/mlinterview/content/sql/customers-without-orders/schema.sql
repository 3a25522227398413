CREATE TABLE customers (
    id INTEGER PRIMARY KEY,  -- customer id
    name VARCHAR NOT NULL    -- display name
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,  -- order id
    customer_id INTEGER,     -- who ordered; NULL for guest checkouts
    amount DOUBLE NOT NULL   -- order total
);
