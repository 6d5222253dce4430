package vn.motcua.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.audit.AdministrationLog;
import vn.motcua.office.OfficeDirectory;

/**
 * The first start of an office in production (docs/security.md, "Production start"): with no administrator in the
 * database, one is created, {@code admin}, from the environment variable {@value #PASSWORD_VARIABLE}, at the root
 * unit; an empty database first gets a minimal root unit ({@code motcua.office.root-code}, {@code -name},
 * {@code -agency-code}) for him to set up the rest. He must choose a new password at his first sign-in. Without
 * the variable the application refuses to start. The demo office already has its administrator, so nothing happens
 * there.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    static final String PASSWORD_VARIABLE = "MOTCUA_ADMIN_PASSWORD";
    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger("motcua.security");

    private final SignInMapper mapper;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AdministrationLog administrationLog;
    private final OfficeDirectory office;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final String rootCode;
    private final String rootName;
    private final String rootAgencyCode;

    FirstAdministrator(
            SignInMapper mapper,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AdministrationLog administrationLog,
            OfficeDirectory office,
            PlatformTransactionManager transactions,
            Environment environment,
            @Value("${motcua.office.root-code:TINH}") String rootCode,
            @Value("${motcua.office.root-name:Ủy ban nhân dân tỉnh}") String rootName,
            @Value("${motcua.office.root-agency-code:000.00.00.H00}") String rootAgencyCode) {
        this.mapper = mapper;
        this.policy = policy;
        this.encoder = encoder;
        this.administrationLog = administrationLog;
        this.office = office;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
        this.rootCode = rootCode;
        this.rootName = rootName;
        this.rootAgencyCode = rootAgencyCode;
    }

    /** After Flyway has migrated the database, before the office opens its doors. */
    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(tx -> createIfNone(environment.getProperty(PASSWORD_VARIABLE)));
    }

    /** @throws NoAdministratorException when no administrator exists and no usable password was given */
    void createIfNone(String password) {
        if (mapper.administrators() > 0) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new NoAdministratorException("No administrator exists and " + PASSWORD_VARIABLE
                    + " is not set: set it to the first password of user '" + USERNAME + "' and start again");
        }
        try {
            policy.check(PASSWORD_VARIABLE, USERNAME, password);
        } catch (vn.motcua.common.InvalidFieldException e) {
            throw new NoAdministratorException(
                    PASSWORD_VARIABLE + " " + e.fields().get(PASSWORD_VARIABLE) + ": no administrator was created");
        }
        if (mapper.staffNamed(USERNAME) > 0) {
            throw new NoAdministratorException("No administrator exists, and the user '" + USERNAME
                    + "' has another role: give someone the role ADMIN in the staff table");
        }
        String unit = rootUnit();
        mapper.insertStaff(USERNAME, encoder.encode(password), "Quản trị hệ thống", Role.ADMIN, unit, true);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", USERNAME);
        after.put("role", Role.ADMIN.name());
        after.put("unitCode", unit);
        after.put("passwordChangeRequired", true);
        administrationLog.record("STAFF_CREATED", USERNAME, null, after);
        log.warn("First start: administrator '{}' created at unit {}; he must change his password", USERNAME, unit);
    }

    private String rootUnit() {
        List<String> roots = mapper.rootUnits();
        if (!roots.isEmpty()) {
            return roots.contains(rootCode) ? rootCode : roots.get(0);
        }
        if (mapper.units() > 0) {
            throw new NoAdministratorException("No unit without a parent to put the first administrator in");
        }
        mapper.insertRootUnit(rootCode, rootAgencyCode, rootName);
        // The directory has cached the empty office at start: without this the unit pages miss the root for a minute.
        office.changed();
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", rootCode);
        unit.put("agencyCode", rootAgencyCode);
        unit.put("name", rootName);
        unit.put("kind", "PROVINCE");
        administrationLog.record("UNIT_CREATED", rootCode, null, unit);
        return rootCode;
    }

    /** The start is refused: the office would have no one to set it up. */
    static class NoAdministratorException extends RuntimeException {
        NoAdministratorException(String message) {
            super(message);
        }
    }
}
