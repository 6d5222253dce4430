package vn.motcua.privacy;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PersonalDataMapper {

    void insertAccess(
            @Param("at") Instant at,
            @Param("actor") String actor,
            @Param("actorRole") String actorRole,
            @Param("dossierCode") String dossierCode,
            @Param("reason") String reason,
            @Param("clientAddress") String clientAddress);

    /** Newest first, at most {@code limit}; every filter optional, {@code to} exclusive. */
    List<AccessRow> findAccess(
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("actor") String actor,
            @Param("dossierCode") String dossierCode,
            @Param("limit") int limit);

    /**
     * The next closed dossiers, by id after {@code afterId}, whose personal data is still there though they closed
     * before {@code closedBefore}.
     */
    List<Expired> expired(
            @Param("closedBefore") Instant closedBefore, @Param("afterId") long afterId, @Param("limit") int limit);

    /** Erases the applicant of those dossiers between two ids (both inclusive); returns how many rows changed. */
    int erase(
            @Param("firstId") long firstId,
            @Param("lastId") long lastId,
            @Param("closedBefore") Instant closedBefore,
            @Param("at") Instant at);

    record AccessRow(
            long id,
            Instant at,
            String actor,
            String actorRole,
            String dossierCode,
            String reason,
            String clientAddress) {}

    record Expired(long id, String code) {}
}
