-- The legal basis of a timeline line (e.g. "Điều 17 Nghị định số 118/2025/NĐ-CP"): the rules of the dossier's own
-- rule set, chosen by the day it was received. Lines written before this column stay without one.
ALTER TABLE dossier_event ADD COLUMN legal_basis VARCHAR(300);
