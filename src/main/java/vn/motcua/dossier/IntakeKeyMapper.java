package vn.motcua.dossier;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL of {@code intake_key}: one row per intake answered once (see {@link IdempotentIntake}). */
@Mapper
interface IntakeKeyMapper {

    /** A first answer, if any; {@code status} is null while its intake has not committed (never seen outside it). */
    record Answer(Instant createdAt, Integer status, String dossierCode, String body) {}

    @Select(
            "SELECT created_at, status, dossier_code, body FROM intake_key WHERE scope = #{scope} AND idem_key = #{key}")
    Answer find(@Param("scope") String scope, @Param("key") String key);

    @Insert("INSERT INTO intake_key (scope, idem_key, created_at) VALUES (#{scope}, #{key}, #{at})")
    void claim(@Param("scope") String scope, @Param("key") String key, @Param("at") Instant at);

    @Update("UPDATE intake_key SET status = #{status}, dossier_code = #{code}, body = #{body}"
            + " WHERE scope = #{scope} AND idem_key = #{key}")
    void answer(
            @Param("scope") String scope,
            @Param("key") String key,
            @Param("status") int status,
            @Param("code") String code,
            @Param("body") String body);

    @Delete("DELETE FROM intake_key WHERE scope = #{scope} AND idem_key = #{key} AND created_at < #{before}")
    int forgetIfOlder(@Param("scope") String scope, @Param("key") String key, @Param("before") Instant before);

    /** Keys of a scope prefix older than {@code before}: the desk's, after their 24 hours. */
    @Delete("DELETE FROM intake_key WHERE scope LIKE #{prefix} AND created_at < #{before}")
    int forgetOlder(@Param("prefix") String scopePrefix, @Param("before") Instant before);
}
