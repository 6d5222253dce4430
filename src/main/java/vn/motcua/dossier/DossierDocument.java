package vn.motcua.dossier;

/** A document (thành phần hồ sơ) of the dossier, and whether it was digitised at the desk. */
public record DossierDocument(int position, String name, boolean digitized) {}
