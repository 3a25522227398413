-- Without removing reissued numbers, "next <> current + 1" also fires on a repeated number and
-- reports an impossible range.
WITH with_next AS (
    SELECT invoice_no, LEAD(invoice_no) OVER (ORDER BY invoice_no) AS next_no
    FROM invoices
)
SELECT invoice_no + 1 AS gap_start, next_no - 1 AS gap_end
FROM with_next
WHERE next_no <> invoice_no + 1
ORDER BY gap_start;
