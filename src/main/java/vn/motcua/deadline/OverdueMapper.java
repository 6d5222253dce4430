package vn.motcua.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OverdueMapper {

    /**
     * Dossiers in handling in these units whose original due instant is at or before {@code until}, the most urgent first.
     */
    List<WatchedDossier> dueBefore(
            @Param("unitCodes") Collection<String> unitCodes, @Param("until") Instant until, @Param("limit") int limit);
}
