CREATE TABLE invoices (
    invoice_no INTEGER NOT NULL,  -- invoice number; a corrected invoice reuses its number
    issued_on DATE NOT NULL       -- day the invoice was issued
);
