-- Finding a dossier (docs/api.md, "List and search"): by the applicant's name without diacritics, ID number, phone.
--
-- applicant_name_folded holds the name lower-cased, without diacritics, đ as d, one space between words
-- ("nguyen van an"), written at intake (common/Folding) and back-filled at start for the rows before this version
-- (dossier/FoldedNamesAtStart): the folding is Java's Unicode decomposition, which neither H2 nor MariaDB can do
-- in SQL the same way (a collation compares without accents but does not give the folded text to index).
--
-- Why a B-tree on the folded text and a prefix match, at 10 million dossiers: "nguyen van an%" is a range of the
-- index, read in a few pages whatever the table's size; a "contains" match (%van an%) cannot use a B-tree and reads
-- every row (seconds at 10M). MariaDB's FULLTEXT would serve words but skips words shorter than
-- innodb_ft_min_token_size (3 by default), and Vietnamese names are full of two-letter words (An, Lê, Vũ, Đỗ); its
-- n-gram parser is MySQL's only. So the name is matched from its start, as staff read it from an ID card or a
-- receipt; the id column lets MariaDB return a range in the list's order (newest first) without sorting it.
ALTER TABLE dossier ADD COLUMN applicant_name_folded VARCHAR(255);
CREATE INDEX ix_dossier_name_folded ON dossier (applicant_name_folded, id);
CREATE INDEX ix_dossier_id_number ON dossier (applicant_id_number, id);
CREATE INDEX ix_dossier_phone ON dossier (applicant_phone, id);
