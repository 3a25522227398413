CREATE TABLE orders (
    id INTEGER PRIMARY KEY,     -- order id
    country VARCHAR NOT NULL,   -- shipping country code
    amount DOUBLE               -- order value; NULL while a payment is pending
);
