package vn.motcua.office;

import java.util.List;
import org.apache.ibatis.annotations.CacheNamespace;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/**
 * Units and departments are read by nearly every step (office hours, apology lead) and change rarely, through the
 * administration API: MyBatis's second-level cache keeps them for a minute. The administration's writes share this
 * cache and empty it when they commit, so this node sees a change at once and every other node within a minute.
 * The cached lists are shared, not copied ({@code readWrite = false}): callers only read them.
 */
@Mapper
@CacheNamespace(flushInterval = 60_000, readWrite = false)
interface OfficeMapper {

    @Select("SELECT code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end,"
            + " apology_lead_hours, kind, parent_code, merged_into FROM unit ORDER BY code")
    List<Unit> units();

    @Select("SELECT code, unit_code, name, kind, merged_into FROM department ORDER BY code")
    List<Department> departments();
}
