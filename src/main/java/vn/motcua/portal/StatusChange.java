package vn.motcua.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One status change as the portal receives it (docs/portal.md): the field names of the national public-service
 * portal's dossier synchronisation, dates as {@code yyyyMMddHHmmss} in the office's time zone, {@code seq} rising per
 * dossier from 1. Optional fields are left out when empty.
 */
public record StatusChange(
        @JsonProperty("MaHoSo") String dossierCode,
        @JsonProperty("MaTTHC") String procedureCode,
        @JsonProperty("TrangThaiHoSo") int status,
        @JsonProperty("KenhThucHien") int channel,
        @JsonProperty("NgayTiepNhan") String receivedAt,

        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("NgayHenTra")
        String dueAt,

        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("NgayTra")
        String returnedAt,

        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("NgayKetThucXuLy")
        String finishedAt,

        @JsonProperty("DonViXuLy") String unit,
        @JsonProperty("NoiDungXuLy") String content,
        @JsonProperty("ThoiDiemXuLy") String at,
        @JsonProperty("seq") int seq) {}
