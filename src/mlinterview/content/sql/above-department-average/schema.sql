CREATE TABLE employees (
    id INTEGER PRIMARY KEY,       -- employee id
    name VARCHAR NOT NULL,        -- full name
    department VARCHAR NOT NULL,  -- department name
    salary INTEGER NOT NULL       -- yearly salary
);
