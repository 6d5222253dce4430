package vn.motcua.procedure.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where this office handles each field (lĩnh vực) of the national catalog: {@code motcua.catalog.fields} in
 * config/application.yml (docs/catalog.md, "Mapping"). A field without an entry is refused at import, with its name.
 *
 * @param fields one entry a field; {@code level} narrows an entry to TINH or XA rows
 */
@ConfigurationProperties("motcua.catalog")
public record CatalogMapping(List<Field> fields) {

    /**
     * @param field the field as the catalog names it ("Hộ tịch"); compared without case and diacritics
     * @param level {@code TINH}, {@code XA} or empty for both
     * @param department the kind of department that works it (TU-PHAP, TC-KH, DAT-DAI ...)
     * @param unit a fixed unit that resolves it (a provincial agency), empty for the unit that receives the dossier
     * @param template ONE_DEPARTMENT, AGENCY_CHAIN, AT_DESK or CUSTOM
     * @param processKey the BPMN model that realises the template today
     */
    public record Field(
            String field, String level, String department, String unit, String template, String processKey) {}

    public CatalogMapping {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    Optional<Field> find(String field, String level) {
        String key = CatalogText.key(field);
        return fields.stream()
                .filter(f -> CatalogText.key(f.field()).equals(key))
                .filter(f ->
                        f.level() == null || f.level().isBlank() || f.level().equalsIgnoreCase(level))
                .findFirst();
    }
}
