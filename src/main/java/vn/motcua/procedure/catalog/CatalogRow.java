package vn.motcua.procedure.catalog;

import java.util.List;

/**
 * One procedure of an imported catalog file, read and mapped: what the national database of administrative procedures
 * (Cơ sở dữ liệu quốc gia về TTHC) publishes of it, and where this office handles it (docs/catalog.md).
 *
 * @param row the line of the file (1 = the header), for messages
 * @param code the national code, e.g. {@code 1.001193}
 * @param localCode the code as written in the file when a province's suffix follows it (1.001193.000.00.00.H12)
 * @param level {@code TINH} or {@code XA}
 * @param agencyText the resolving agency (Cơ quan thực hiện) as published, for people
 * @param department the kind of department that works it (motcua.catalog.fields)
 * @param unit the fixed unit that resolves it (a provincial agency), or {@code null} for the unit that receives it
 * @param template the handling template: ONE_DEPARTMENT, AGENCY_CHAIN, AT_DESK or CUSTOM
 * @param processKey the BPMN model that drives that template today
 */
public record CatalogRow(
        int row,
        String code,
        String localCode,
        String name,
        String field,
        String level,
        CatalogTimeLimit timeLimit,
        CatalogFee fee,
        List<String> documents,
        String agencyText,
        String legalBasis,
        String note,
        String department,
        String unit,
        String template,
        String processKey) {}
