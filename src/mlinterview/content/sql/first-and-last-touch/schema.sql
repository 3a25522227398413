CREATE TABLE visits (
    user_id INTEGER NOT NULL,        -- visitor
    visited_at TIMESTAMP NOT NULL,   -- moment of the visit (unique per user)
    channel VARCHAR NOT NULL         -- how they arrived: 'ads', 'email', 'search', ...
);
