package vn.motcua.office;

/**
 * A department (phòng ban) of a unit that handles dossiers. Its kind is what it does (e.g. {@code TC-KH}), as the
 * handling models and the procedure catalog name it; each unit has at most one department of a kind.
 */
public record Department(String code, String unitCode, String name, String kind, String mergedInto) {

    /** Whether the department was merged into another, which now receives its work. */
    public boolean merged() {
        return mergedInto != null;
    }
}
