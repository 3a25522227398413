-- Reports the next existing number as the end of the gap.
WITH with_next AS (
    SELECT invoice_no, LEAD(invoice_no) OVER (ORDER BY invoice_no) AS next_no
    FROM (SELECT DISTINCT invoice_no FROM invoices) AS numbers
)
SELECT invoice_no + 1 AS gap_start, next_no AS gap_end
FROM with_next
WHERE next_no > invoice_no + 1
ORDER BY gap_start;
