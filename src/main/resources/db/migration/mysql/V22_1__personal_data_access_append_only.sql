-- The personal data access log is evidence: the database refuses to update or delete an entry, whoever asks.
CREATE TRIGGER personal_data_access_no_update BEFORE UPDATE ON personal_data_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'personal_data_access is append-only: an entry is never updated';

CREATE TRIGGER personal_data_access_no_delete BEFORE DELETE ON personal_data_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'personal_data_access is append-only: an entry is never deleted';
