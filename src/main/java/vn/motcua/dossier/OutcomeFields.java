package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each task outcome must carry besides its name (docs/api.md, "Tasks"; docs/domain.md: one supplement request naming
 * everything missing, a written reason for a refusal or rejection, a new appointment with every apology). The
 * handling service checks completions against it; pages ask it which fields to show.
 */
public final class OutcomeFields {

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "REQUEST_SUPPLEMENT", List.of("reason", "missingDocuments"),
            "REFUSE", List.of("reason"),
            "REJECT", List.of("reason"),
            "ISSUE_APOLOGY", List.of("reason", "newDueAt"),
            "RETURNED", List.of("receivedBy"));

    private static final Map<String, List<String>> OPTIONAL = Map.of("RETURNED", List.of("satisfaction"));

    private OutcomeFields() {}

    public static List<String> required(String outcome) {
        return REQUIRED.getOrDefault(outcome, List.of());
    }

    /** The fields a form shows for an outcome: the required ones, then the optional ones (the comment aside). */
    public static List<String> shown(String outcome) {
        List<String> fields = new ArrayList<>(required(outcome));
        fields.addAll(OPTIONAL.getOrDefault(outcome, List.of()));
        return List.copyOf(fields);
    }
}
