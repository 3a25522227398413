-- Without PARTITION BY, the "next order" may belong to another customer.
SELECT id AS order_id, customer_id,
       LEAD(ordered_on) OVER (ORDER BY ordered_on, id) - ordered_on AS days_to_next
FROM orders;
