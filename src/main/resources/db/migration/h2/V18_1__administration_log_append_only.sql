-- The administration log is evidence: the database refuses to update or delete an entry, whoever asks.
CREATE TRIGGER admin_log_append_only BEFORE UPDATE, DELETE ON admin_log
    FOR EACH ROW CALL 'vn.motcua.audit.AppendOnlyAdministrationLog';
