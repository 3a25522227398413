CREATE TABLE events (
    id INTEGER PRIMARY KEY,          -- unique per received copy
    user_id INTEGER,                 -- NULL for visitors who are not logged in
    event_type VARCHAR NOT NULL,     -- e.g. 'click', 'view'
    occurred_at TIMESTAMP NOT NULL   -- when the event happened on the device
);
