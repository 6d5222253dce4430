package vn.motcua.portal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code portal_outbox} (resources/vn/motcua/portal/OutboxMapper.xml). */
@Mapper
interface OutboxMapper {

    record Row(long id, long dossierId, String dossierCode, int seq, int statusCode, String payload, int attempts) {}

    record Backlog(long pending, Instant oldestPendingAt) {}

    int lastSeq(long dossierId);

    void insert(
            @Param("dossierId") long dossierId,
            @Param("dossierCode") String dossierCode,
            @Param("seq") int seq,
            @Param("statusCode") int statusCode,
            @Param("payload") String payload,
            @Param("at") Instant at);

    /** The first unsent change of each dossier that is due and not taken, oldest first. */
    List<Row> dueHeads(@Param("now") Instant now, @Param("limit") int limit);

    /** Takes a row for {@code until}; 1 when this worker has it, 0 when another took it first. */
    int lease(
            @Param("id") long id, @Param("node") String node, @Param("now") Instant now, @Param("until") Instant until);

    int acknowledged(@Param("id") long id, @Param("at") Instant at);

    int failed(@Param("id") long id, @Param("next") Instant nextAttemptAt, @Param("error") String error);

    Backlog backlog();
}
