package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the rule that the timeline is evidence (indicators and complaints rest on its timestamps): the
 * database itself refuses to update or delete a line of {@code dossier_event}, whoever asks. MySQL and MariaDB
 * get the same rule from a SIGNAL trigger (db/migration/mysql).
 */
public class AppendOnlyTimeline implements Trigger {

    @Override
    public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
        throw new SQLException("dossier_event is append-only: a timeline line is never updated or deleted", "45000");
    }
}
