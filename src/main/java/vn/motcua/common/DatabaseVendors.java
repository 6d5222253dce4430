package vn.motcua.common;

import java.util.Properties;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our SQL is portable except where a database offers one statement for what would otherwise race (an upsert):
 * there a mapper gives one variant per {@code databaseId}, {@code h2} or {@code mysql} (MySQL and MariaDB).
 */
@Configuration
class DatabaseVendors {

    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("H2", "h2");
        vendors.setProperty("MySQL", "mysql");
        vendors.setProperty("MariaDB", "mysql");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }
}
