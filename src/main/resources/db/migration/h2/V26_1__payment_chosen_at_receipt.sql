-- A dossier with a fee has no payment method until it is received (docs/domain.md, "Fee and payment"): an online
-- dossier waiting for the completeness check, or one sent back for a supplement, has none yet.
ALTER TABLE dossier ALTER COLUMN payment_method SET NULL;
