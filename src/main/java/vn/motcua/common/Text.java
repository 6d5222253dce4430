package vn.motcua.common;

/**
 * What free text the office accepts: any script (Vietnamese with its diacritics), no control characters, which
 * would corrupt printed forms and exports. Character classes only: an alternation inside a repetition would
 * recurse once per character and overflow the stack on long input.
 */
public final class Text {

    /** One line: a name, an address, a document title. */
    public static final String LINE = "[\\P{Cntrl}]*";
    /** Several lines: a reason, a comment. */
    public static final String LINES = "[\\P{Cntrl}\\r\\n\\t]*";

    public static final String NO_CONTROL_CHARACTERS = "must not contain control characters";

    private Text() {}
}
