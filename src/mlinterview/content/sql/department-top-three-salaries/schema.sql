CREATE TABLE departments (
    id INTEGER PRIMARY KEY,         -- department id
    name VARCHAR NOT NULL           -- department name
);
CREATE TABLE employees (
    id INTEGER PRIMARY KEY,         -- employee id
    name VARCHAR NOT NULL,          -- full name
    salary INTEGER NOT NULL,        -- yearly salary
    department_id INTEGER NOT NULL  -- the employee's department
);
