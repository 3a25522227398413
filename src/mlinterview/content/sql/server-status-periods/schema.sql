CREATE TABLE status_checks (
    server VARCHAR NOT NULL,        -- server name
    checked_at TIMESTAMP NOT NULL,  -- moment of the health check (unique per server)
    status VARCHAR NOT NULL         -- 'up' or 'down'
);
