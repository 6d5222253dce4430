package vn.motcua.audit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AdministrationLogMapper {

    void insert(
            @Param("at") Instant at,
            @Param("actor") String actor,
            @Param("kind") String kind,
            @Param("target") String target,
            @Param("beforeJson") String beforeJson,
            @Param("afterJson") String afterJson);

    /** Newest first, at most {@code limit}; every filter optional. */
    List<Row> find(
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("actor") String actor,
            @Param("kind") String kind,
            @Param("limit") int limit);

    record Row(long id, Instant at, String actor, String kind, String target, String beforeJson, String afterJson) {}
}
