-- Without LEAD: a gap starts right after a number whose successor is missing (below the
-- largest number), and ends right before the smallest number above it.
WITH numbers AS (
    SELECT DISTINCT invoice_no FROM invoices
)
SELECT
    a.invoice_no + 1 AS gap_start,
    (SELECT MIN(b.invoice_no) FROM numbers AS b WHERE b.invoice_no > a.invoice_no) - 1 AS gap_end
FROM numbers AS a
WHERE NOT EXISTS (SELECT 1 FROM numbers AS b WHERE b.invoice_no = a.invoice_no + 1)
  AND a.invoice_no < (SELECT MAX(invoice_no) FROM numbers)
ORDER BY gap_start;
