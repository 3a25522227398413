CREATE TABLE activity (
    user_id INTEGER NOT NULL,  -- who was active
    active_on DATE NOT NULL    -- a day they used the product (may repeat)
);
