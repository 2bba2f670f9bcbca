-- Truthful records. A corrective action's type (PREVENT, MITIGATE, DETECT, PROCESS) and priority (HIGH, MEDIUM,
-- LOW; NULL when none was recorded), and whether its evidence note may be shown to customers.
-- Existing actions become PREVENT: until now the app asked for every action as one "so the root cause cannot strike
-- again", which is what PREVENT means; calling them MITIGATE would print "mitigation" in old postmortems and refuse
-- every old follow-up letter, a claim the owner never made either. Their evidence stays internal (FALSE): it was
-- written before anyone was told it might reach customers.
ALTER TABLE corrective_actions ADD COLUMN action_type VARCHAR(20) NOT NULL DEFAULT 'PREVENT';
ALTER TABLE corrective_actions ADD COLUMN priority VARCHAR(20);
ALTER TABLE corrective_actions ADD COLUMN evidence_for_customers BOOLEAN NOT NULL DEFAULT FALSE;
-- What the public incident page says happened; empty: drawn from the Explain text when the page is written.
ALTER TABLE incidents ADD COLUMN public_text VARCHAR NOT NULL DEFAULT '';
