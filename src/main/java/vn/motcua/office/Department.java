package vn.motcua.office;

/** A department (phòng ban) or another agency (liên thông) that handles dossiers. */
public record Department(String code, String unitCode, String name) {}
