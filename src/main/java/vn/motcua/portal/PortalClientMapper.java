package vn.motcua.portal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** SQL of {@code portal_client}; scopes are kept space-separated, as OAuth 2.0 writes them. */
@Mapper
interface PortalClientMapper {

    record Row(
            String clientId,
            String name,
            String secretHash,
            String scopes,
            String unitCode,
            boolean enabled,
            Instant createdAt) {

        PortalClient client() {
            return new PortalClient(
                    clientId, name, secretHash, List.of(scopes.trim().split("\\s+")), unitCode, enabled, createdAt);
        }
    }

    @Select("SELECT client_id, name, secret_hash, scopes, unit_code, enabled, created_at FROM portal_client"
            + " WHERE client_id = #{clientId}")
    Row find(String clientId);

    @Select("SELECT client_id, name, secret_hash, scopes, unit_code, enabled, created_at FROM portal_client"
            + " ORDER BY client_id")
    List<Row> all();

    @Insert("INSERT INTO portal_client (client_id, name, secret_hash, scopes, unit_code, enabled, created_at)"
            + " VALUES (#{clientId}, #{name}, #{secretHash}, #{scopes}, #{unitCode}, TRUE, #{createdAt})")
    void insert(
            @Param("clientId") String clientId,
            @Param("name") String name,
            @Param("secretHash") String secretHash,
            @Param("scopes") String scopes,
            @Param("unitCode") String unitCode,
            @Param("createdAt") Instant createdAt);

    record KeyRow(String kid, String privateKey, String publicKey) {}

    @Select("SELECT kid, private_key, public_key FROM portal_signing_key ORDER BY created_at, kid")
    List<KeyRow> signingKeys();

    @Insert("INSERT INTO portal_signing_key (kid, private_key, public_key, created_at)"
            + " VALUES (#{kid}, #{privateKey}, #{publicKey}, #{createdAt})")
    void insertSigningKey(
            @Param("kid") String kid,
            @Param("privateKey") String privateKey,
            @Param("publicKey") String publicKey,
            @Param("createdAt") Instant createdAt);
}
