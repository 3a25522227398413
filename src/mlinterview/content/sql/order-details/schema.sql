CREATE TABLE customers (
    id INTEGER PRIMARY KEY,        -- customer id
    name VARCHAR NOT NULL          -- display name
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,        -- product id
    name VARCHAR NOT NULL,         -- product name
    price DECIMAL(10, 2) NOT NULL  -- unit price
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,        -- order id
    customer_id INTEGER NOT NULL,  -- may point at a deleted customer
    product_id INTEGER NOT NULL,   -- may point at a discontinued product
    quantity INTEGER NOT NULL      -- units ordered
);
