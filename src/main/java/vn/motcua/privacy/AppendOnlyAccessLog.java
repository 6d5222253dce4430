package vn.motcua.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's half of the rule that the personal data access log is evidence; MySQL and MariaDB get a SIGNAL trigger. */
public class AppendOnlyAccessLog implements Trigger {

    @Override
    public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
        throw new SQLException("personal_data_access is append-only: an entry is never updated or deleted", "45000");
    }
}
