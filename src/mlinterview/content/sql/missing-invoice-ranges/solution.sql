-- Work on distinct numbers; for each, LEAD gives the next existing number. When the next number
-- is more than one higher, everything strictly between them is missing.
WITH numbers AS (
    SELECT DISTINCT invoice_no FROM invoices
),
with_next AS (
    SELECT invoice_no, LEAD(invoice_no) OVER (ORDER BY invoice_no) AS next_no
    FROM numbers
)
SELECT invoice_no + 1 AS gap_start, next_no - 1 AS gap_end
FROM with_next
WHERE next_no > invoice_no + 1
ORDER BY gap_start;
