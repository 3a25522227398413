CREATE TABLE sales (
    id INTEGER PRIMARY KEY,        -- sale id
    customer_id INTEGER NOT NULL,  -- buyer
    category VARCHAR NOT NULL,     -- product category
    amount DECIMAL(10, 2) NOT NULL,  -- revenue of the sale
    sold_on DATE NOT NULL          -- day of the sale
);
