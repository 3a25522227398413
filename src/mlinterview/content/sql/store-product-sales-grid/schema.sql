CREATE TABLE stores (
    id INTEGER PRIMARY KEY,       -- store id
    city VARCHAR NOT NULL         -- where the store is
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,       -- product id
    name VARCHAR NOT NULL         -- product name
);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY,       -- sale id
    store_id INTEGER NOT NULL,    -- store that sold
    product_id INTEGER NOT NULL,  -- product sold
    units INTEGER NOT NULL        -- units in this sale
);
