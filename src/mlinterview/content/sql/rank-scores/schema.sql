CREATE TABLE scores (
    id INTEGER PRIMARY KEY,        -- submission id
    score DECIMAL(5, 2) NOT NULL   -- points, two decimals
);
