CREATE TABLE customers (
    id INTEGER PRIMARY KEY,        -- customer id
    name VARCHAR NOT NULL          -- display name
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,        -- order id
    customer_id INTEGER NOT NULL,  -- buyer
    amount INTEGER NOT NULL,       -- order total
    status VARCHAR NOT NULL        -- 'paid' or 'refunded'
);
