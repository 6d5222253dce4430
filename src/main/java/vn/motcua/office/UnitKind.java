package vn.motcua.office;

/**
 * The kinds of unit of a province under the two-tier local government (from 1 July 2025): the district level is gone.
 */
public enum UnitKind {
    /** The province's People's Committee, or one of its agencies (sở, ban, ngành) that resolves provincial procedures. */
    PROVINCE,
    /** The provincial Public Administrative Service Center (Trung tâm Phục vụ hành chính công): a desk for all. */
    SERVICE_CENTER,
    /** A branch of the service center (chi nhánh, điểm tiếp nhận): a desk whose receipts the center issues. */
    BRANCH,
    /** A commune, ward or special zone (xã, phường, đặc khu) with its own one-stop desk and departments. */
    COMMUNE
}
