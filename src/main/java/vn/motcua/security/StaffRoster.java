package vn.motcua.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The office's staff as the administrator reads them: who has which role, unit and departments. No passwords. */
@Service
public class StaffRoster {

    /** One member of staff; {@code departments} in code order, empty for roles that work no department. */
    public record Member(
            String username, String fullName, Role role, String unitCode, boolean enabled, List<String> departments) {}

    private final StaffMapper mapper;

    StaffRoster(StaffMapper mapper) {
        this.mapper = mapper;
    }

    /** The full name a person reads for a user name; {@code null} for a user name nobody has. */
    public String fullName(String username) {
        StaffMapper.StaffRow row = username == null ? null : mapper.find(username);
        return row == null ? null : row.fullName();
    }

    /** Everyone, by unit, role and user name. */
    public List<Member> all() {
        Map<String, List<String>> departments = mapper.allDepartments().stream()
                .collect(Collectors.groupingBy(
                        StaffMapper.StaffDepartment::username,
                        Collectors.mapping(StaffMapper.StaffDepartment::departmentCode, Collectors.toList())));
        return mapper.all().stream()
                .map(r -> new Member(
                        r.username(),
                        r.fullName(),
                        r.role(),
                        r.unitCode(),
                        r.enabled(),
                        departments.getOrDefault(r.username(), List.of())))
                .toList();
    }
}
