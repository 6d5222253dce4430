package vn.motcua.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What "nothing lost, nothing half there" means, checked after a node was killed, the database went away, or two
 * nodes shared the work.
 */
final class DossierAudit {

    private DossierAudit() {}

    /** Every intake the clerk saw acknowledged (201) is there, through the API, with its receipt on the timeline. */
    static void everyAcknowledgedIntakeIsThere(NodeClient client, List<IntakeLoad.Attempt> attempts) throws Exception {
        List<String> missing = new ArrayList<>();
        for (IntakeLoad.Attempt attempt : attempts) {
            if (!attempt.acknowledged()) {
                continue;
            }
            NodeClient.Answer dossier = client.dossier(attempt.code());
            boolean received = dossier.status() == 200 && steps(dossier.body()).contains("RECEIVED");
            if (!received) {
                missing.add(attempt.code() + " → " + dossier.status());
            }
        }
        assertThat(missing)
                .as("acknowledged intakes missing or without their receipt")
                .isEmpty();
    }

    /**
     * Every dossier row in the database is whole: its receipt line on the timeline, its process instance, its
     * count in the indicators; and no attempt, answered or not, left two dossiers.
     */
    static void everyDossierIsWhole(NodeDatabase db, List<IntakeLoad.Attempt> attempts) throws Exception {
        assertThat(db.list("SELECT d.code FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM dossier_event e"
                        + " WHERE e.dossier_id = d.id AND e.step = 'RECEIVED')"))
                .as("dossiers without a receipt line")
                .isEmpty();
        assertThat(db.list("SELECT d.code FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p"
                        + " WHERE p.ID_ = d.process_instance_id AND p.BUSINESS_KEY_ = d.code)"))
                .as("dossiers without their process instance")
                .isEmpty();
        assertThat(db.list("SELECT p.BUSINESS_KEY_ FROM ACT_HI_PROCINST p WHERE p.SUPER_PROCESS_INSTANCE_ID_ IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM dossier d WHERE d.process_instance_id = p.ID_)"))
                .as("process instances without their dossier")
                .isEmpty();
        assertThat(db.count("SELECT SUM(n_received) FROM indicator_rollup"))
                .as("dossiers counted received by the indicators")
                .isEqualTo(db.count("SELECT COUNT(*) FROM dossier WHERE received_on IS NOT NULL"));
        assertThat(db.list("SELECT applicant_phone FROM dossier GROUP BY applicant_phone HAVING COUNT(*) > 1"))
                .as("attempts that left two dossiers")
                .isEmpty();
        List<String> unanswered = attempts.stream()
                .filter(a -> !a.acknowledged())
                .map(IntakeLoad.Attempt::phone)
                .toList();
        for (String phone : unanswered) {
            assertThat(db.count("SELECT COUNT(*) FROM dossier WHERE applicant_phone = ?", phone))
                    .as("an unacknowledged attempt is there whole or not at all")
                    .isLessThanOrEqualTo(1);
        }
    }

    static List<String> steps(JsonNode dossier) {
        List<String> steps = new ArrayList<>();
        dossier.path("timeline").forEach(line -> steps.add(line.path("step").asText()));
        return steps;
    }
}
