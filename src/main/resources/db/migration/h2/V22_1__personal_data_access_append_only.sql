-- The personal data access log is evidence: the database refuses to update or delete an entry, whoever asks.
CREATE TRIGGER personal_data_access_append_only BEFORE UPDATE, DELETE ON personal_data_access
    FOR EACH ROW CALL 'vn.motcua.privacy.AppendOnlyAccessLog';
