CREATE TABLE users (
    id INTEGER PRIMARY KEY,           -- user id
    signed_up_on DATE NOT NULL        -- signup day
);
CREATE TABLE purchases (
    id INTEGER PRIMARY KEY,           -- purchase id
    user_id INTEGER NOT NULL,         -- buyer
    purchased_at TIMESTAMP NOT NULL,  -- moment of the purchase
    amount DOUBLE NOT NULL            -- purchase total
);
