CREATE TABLE signups (
    user_id INTEGER PRIMARY KEY,  -- user id
    signup_date DATE NOT NULL     -- day the user signed up (day 0)
);
CREATE TABLE activity (
    user_id INTEGER NOT NULL,     -- who was active
    active_on DATE NOT NULL       -- a day they used the product (may repeat)
);
