CREATE TABLE employees (
    id INTEGER PRIMARY KEY,  -- employee id
    name VARCHAR NOT NULL,   -- full name
    manager_id INTEGER       -- direct manager; NULL for the head of an organisation
);
