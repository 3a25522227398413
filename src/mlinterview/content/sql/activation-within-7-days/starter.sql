-- Per signup month: signups, users who purchased within 7 days of signing up, and the rate.
-- Columns: signup_month, signups, activated, activation_rate. Ordered by signup_month.
SELECT 1;
