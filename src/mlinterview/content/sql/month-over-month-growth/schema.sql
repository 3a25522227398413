CREATE TABLE orders (
    id INTEGER PRIMARY KEY,         -- order id
    ordered_at TIMESTAMP NOT NULL,  -- when the order was placed
    amount INTEGER NOT NULL         -- order total, always positive
);
