CREATE TABLE employees (
    id INTEGER PRIMARY KEY,   -- employee id
    name VARCHAR NOT NULL,    -- full name
    salary INTEGER NOT NULL,  -- yearly salary
    manager_id INTEGER        -- id of the direct manager; NULL at the top
);
