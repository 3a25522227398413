CREATE TABLE budgets (
    department VARCHAR PRIMARY KEY,  -- department name
    budget INTEGER NOT NULL          -- yearly budget
);
CREATE TABLE expenses (
    id INTEGER PRIMARY KEY,          -- expense id
    department VARCHAR NOT NULL,     -- department that spent it
    amount INTEGER NOT NULL          -- amount spent
);
