package vn.motcua.document;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read-only SQL of the printed forms and the tracking book; the statements are in DocumentMapper.xml. */
@Mapper
interface DocumentMapper {

    FormData.DossierRef dossier(String code);

    FormData.SupplementRequest latestSupplementRequest(long dossierId);

    FormData.Refusal refusal(long dossierId);

    FormData.Apology apology(long dossierId);

    List<FormData.Handover> handovers(long dossierId);

    List<FormData.BookLine> trackingBook(
            @Param("unitCode") String unitCode, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
