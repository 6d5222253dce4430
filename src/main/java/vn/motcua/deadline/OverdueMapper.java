package vn.motcua.deadline;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OverdueMapper {

    /**
     * Dossiers in handling in a unit whose original due instant is at or before {@code until}, the most urgent first.
     */
    List<WatchedDossier> dueBefore(
            @Param("unitCode") String unitCode, @Param("until") Instant until, @Param("limit") int limit);
}
