CREATE TABLE customers (
    id INTEGER PRIMARY KEY,   -- customer id
    name VARCHAR NOT NULL     -- display name (not unique)
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,   -- order id
    customer_id INTEGER NOT NULL,  -- who ordered
    amount DOUBLE NOT NULL    -- order total
);
