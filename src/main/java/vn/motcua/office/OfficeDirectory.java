package vn.motcua.office;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.cache.Cache;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.common.NotFoundException;

/** Units and departments: read often, changed rarely; {@link OfficeMapper} caches them for a minute. */
@Service
public class OfficeDirectory {

    private final OfficeMapper mapper;
    private final SqlSessionFactory mybatis;

    OfficeDirectory(OfficeMapper mapper, SqlSessionFactory mybatis) {
        this.mapper = mapper;
        this.mybatis = mybatis;
    }

    /**
     * Tells the directory that the caller's transaction changed units or departments: once it commits, this node
     * reads them afresh (other nodes within the cache's minute), so a new unit's office hours count at once.
     */
    public void changed() {
        Runnable clear = () -> {
            Cache cache = mybatis.getConfiguration().getCache(OfficeMapper.class.getName());
            if (cache != null) {
                cache.clear();
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear.run();
                }
            });
        } else {
            clear.run();
        }
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

    /** The unit that now does what this one did: itself, or the unit it was merged into (and so on). */
    public Unit successor(String code) {
        Unit unit = unit(code);
        for (int hops = 0; unit.merged() && hops < mapper.units().size(); hops++) {
            unit = unit(unit.mergedInto());
        }
        return unit;
    }

    public List<Unit> units() {
        return List.copyOf(mapper.units());
    }

    public List<Department> departments() {
        return List.copyOf(mapper.departments());
    }

    /**
     * The department of this kind in this unit, if the unit has one; a merged department's work goes to the one it
     * was merged into.
     */
    public Optional<Department> department(String unitCode, String kind) {
        List<Department> all = mapper.departments();
        Optional<Department> found = all.stream()
                .filter(d -> d.unitCode().equals(unitCode) && d.kind().equals(kind))
                .min((a, b) -> Boolean.compare(a.merged(), b.merged()));
        for (int hops = 0; found.isPresent() && found.get().merged() && hops < all.size(); hops++) {
            String successor = found.get().mergedInto();
            found = all.stream().filter(d -> d.code().equals(successor)).findFirst();
        }
        return found;
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
