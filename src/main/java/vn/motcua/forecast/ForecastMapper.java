package vn.motcua.forecast;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ForecastMapper {

    /** Every dossier in handling that a department holds, the earliest due first: the order a department works in. */
    List<HeldDossier> held();

    /** The agencies of the chains of the dossiers in handling, by dossier and position. */
    List<ChainStep> chainsInHandling();

    /** Stays in a department closed (handed on or resolved) in [since, until), per department. */
    List<DepartmentCount> closedStays(@Param("since") Instant since, @Param("until") Instant until);

    /** Enabled handlers per department. */
    List<DepartmentCount> handlers();

    /** Enabled heads (approvers) of a department: who is told when one of its dossiers will be late. */
    List<String> headsOf(String department);

    /** Of these dossiers, those whose department was already told. */
    List<Long> warned(@Param("dossierIds") Collection<Long> dossierIds);

    void warn(LatenessWarning warning);

    /** The warnings of these departments about dossiers still in handling, the earliest due first. */
    List<LatenessWarning> warningsFor(@Param("departments") Collection<String> departments);
}
