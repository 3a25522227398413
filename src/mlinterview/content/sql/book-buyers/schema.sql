CREATE TABLE customers (
    id INTEGER PRIMARY KEY,       -- customer id
    name VARCHAR NOT NULL         -- display name
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,       -- product id
    title VARCHAR NOT NULL,       -- product title
    category VARCHAR NOT NULL     -- lowercase category, e.g. 'books'
);
CREATE TABLE purchases (
    id INTEGER PRIMARY KEY,       -- purchase id
    customer_id INTEGER NOT NULL, -- who bought
    product_id INTEGER NOT NULL   -- what they bought
);
