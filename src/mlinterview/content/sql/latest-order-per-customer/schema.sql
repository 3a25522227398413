CREATE TABLE orders (
    id INTEGER PRIMARY KEY,        -- order id (not in time order: old orders were imported late)
    customer_id INTEGER NOT NULL,  -- who ordered
    ordered_at TIMESTAMP NOT NULL, -- when the order was placed
    amount DOUBLE NOT NULL         -- order total
);
