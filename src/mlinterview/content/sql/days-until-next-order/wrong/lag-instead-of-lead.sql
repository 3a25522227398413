-- LAG looks backwards: this is the gap since the previous order, not until the next one.
SELECT id AS order_id, customer_id,
       ordered_on - LAG(ordered_on) OVER (PARTITION BY customer_id ORDER BY ordered_on, id) AS days_to_next
FROM orders;
