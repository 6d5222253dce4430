package vn.motcua.office;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    public Optional<Unit> findUnit(String code) {
        return mapper.units().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public List<Unit> units() {
        return List.copyOf(mapper.units());
    }

    public List<Department> departments() {
        return List.copyOf(mapper.departments());
    }

    /** The department of this kind in this unit, if the unit has one. */
    public Optional<Department> department(String unitCode, String kind) {
        return mapper.departments().stream()
                .filter(d -> d.unitCode().equals(unitCode) && d.kind().equals(kind))
                .findFirst();
    }

    /** The unit and every unit under it: what its supervisors watch. */
    public Set<String> unitAndItsUnits(String code) {
        Set<String> found = new LinkedHashSet<>();
        found.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Unit unit : mapper.units()) {
                if (unit.parentCode() != null && found.contains(unit.parentCode()) && found.add(unit.code())) {
                    grew = true;
                }
            }
        }
        return found;
    }

    /** Whether the unit is the province's root, whose supervisors watch every unit. */
    public boolean isRoot(String code) {
        return unit(code).parentCode() == null;
    }

    /** The unit whose desk officially receives what this unit's desk takes in. */
    public Unit receivingUnit(String code) {
        Unit unit = unit(code);
        return unit.receivesForItself() ? unit : unit(unit.parentCode());
    }

    public Optional<Department> department(String code) {
        return mapper.departments().stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
