-- Without LEAD: the next order is the earliest of the customer's later orders (later day, or
-- the same day with a larger id), so its day is the MIN over those; none gives NULL.
SELECT
    o.id AS order_id,
    o.customer_id,
    (
        SELECT MIN(n.ordered_on)
        FROM orders AS n
        WHERE n.customer_id = o.customer_id
          AND (n.ordered_on > o.ordered_on OR (n.ordered_on = o.ordered_on AND n.id > o.id))
    ) - o.ordered_on AS days_to_next
FROM orders AS o;
