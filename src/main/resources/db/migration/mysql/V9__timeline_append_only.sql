-- The timeline is append-only: the database refuses any update or delete of a line, whoever asks.
CREATE TRIGGER dossier_event_no_update BEFORE UPDATE ON dossier_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_event is append-only: a timeline line is never updated';

CREATE TRIGGER dossier_event_no_delete BEFORE DELETE ON dossier_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_event is append-only: a timeline line is never deleted';
