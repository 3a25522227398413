CREATE TABLE products (
    id INTEGER PRIMARY KEY,        -- product id
    name VARCHAR NOT NULL          -- product name (unique)
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY,        -- sale id
    product_id INTEGER NOT NULL,   -- product sold
    sold_on DATE NOT NULL,         -- day of the sale
    amount INTEGER NOT NULL        -- revenue of the sale
);
