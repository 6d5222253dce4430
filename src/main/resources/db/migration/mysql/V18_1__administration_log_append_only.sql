-- The administration log is evidence: the database refuses to update or delete an entry, whoever asks.
CREATE TRIGGER admin_log_no_update BEFORE UPDATE ON admin_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'admin_log is append-only: an entry is never updated';

CREATE TRIGGER admin_log_no_delete BEFORE DELETE ON admin_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'admin_log is append-only: an entry is never deleted';
