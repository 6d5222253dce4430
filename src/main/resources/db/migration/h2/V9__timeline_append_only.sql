-- The timeline is append-only: the database refuses any update or delete of a line (see AppendOnlyTimeline).
CREATE TRIGGER dossier_event_append_only BEFORE UPDATE, DELETE ON dossier_event
    FOR EACH ROW CALL 'vn.motcua.dossier.AppendOnlyTimeline';
