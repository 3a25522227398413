CREATE TABLE employees (
    id INTEGER PRIMARY KEY,    -- employee id
    name VARCHAR NOT NULL,     -- full name
    salary INTEGER NOT NULL    -- yearly salary in dollars
);
