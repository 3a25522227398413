CREATE TABLE events (
    user_id INTEGER NOT NULL,  -- who acted
    event VARCHAR NOT NULL,    -- 'view', 'cart' or 'purchase'
    event_at TIMESTAMP NOT NULL  -- when
);
