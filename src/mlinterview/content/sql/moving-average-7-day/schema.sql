CREATE TABLE daily_revenue (
    sales_day DATE PRIMARY KEY,  -- a day with at least one sale (days without sales are absent)
    revenue INTEGER NOT NULL     -- revenue of that day
);
