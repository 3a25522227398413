CREATE TABLE purchases (
    id INTEGER PRIMARY KEY,           -- purchase id
    customer_id INTEGER NOT NULL,     -- buyer
    product VARCHAR NOT NULL,         -- e.g. 'phone', 'case', 'charger'
    purchased_at TIMESTAMP NOT NULL   -- moment of the purchase
);
