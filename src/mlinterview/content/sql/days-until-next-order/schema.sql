CREATE TABLE orders (
    id INTEGER PRIMARY KEY,        -- order id; orders same-day orders
    customer_id INTEGER NOT NULL,  -- who ordered
    ordered_on DATE NOT NULL       -- day of the order
);
