package vn.motcua.indicator;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** SQL of the indicators: the rollup's upkeep and sums, and the dossier sets behind every figure. */
@Mapper
interface IndicatorMapper {

    RollupSource source(long dossierId);

    int addToRollup(@Param("statOn") LocalDate statOn, @Param("unit") String unit,
            @Param("department") String department, @Param("procedure") String procedure,
            @Param("channel") String channel, @Param("columns") List<String> columns);

    void insertRollup(@Param("statOn") LocalDate statOn, @Param("unit") String unit,
            @Param("department") String department, @Param("procedure") String procedure,
            @Param("channel") String channel, @Param("columns") List<String> columns);

    @Insert("INSERT INTO indicator_digitized (dossier_id) VALUES (#{dossierId})")
    void insertDigitized(long dossierId);

    @Select("SELECT COUNT(*) FROM indicator_digitized WHERE dossier_id = #{dossierId}")
    int digitizedRows(long dossierId);

    RollupTotals totals(@Param("s") IndicatorScope scope);

    long count(@Param("s") IndicatorScope scope, @Param("metric") String metric);

    List<DrillDownRow> dossiers(@Param("s") IndicatorScope scope, @Param("metric") String metric,
            @Param("limit") int limit, @Param("offset") long offset);
}
