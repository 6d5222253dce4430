package vn.motcua.office;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.common.NotFoundException;

/** Units and departments: read often, changed rarely; {@link OfficeMapper} caches them for a minute. */
@Service
public class OfficeDirectory {

    private final OfficeMapper mapper;

    OfficeDirectory(OfficeMapper mapper) {
        this.mapper = mapper;
    }

    public Unit unit(String code) {
        return mapper.units().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Unknown unit " + code));
    }

    public List<Unit> units() {
        return List.copyOf(mapper.units());
    }

    public List<Department> departments() {
        return List.copyOf(mapper.departments());
    }

    public Optional<Department> department(String code) {
        return mapper.departments().stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
