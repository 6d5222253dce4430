package vn.motcua.dossier;

/** How the dossier came in (docs/domain.md, "Lifecycle"). */
public enum Channel {
    /** Trực tiếp, at the desk. */
    DIRECT,
    /** Trực tuyến, through the public service portal. */
    ONLINE,
    /** Bưu chính công ích, by public postal service. */
    POSTAL
}
