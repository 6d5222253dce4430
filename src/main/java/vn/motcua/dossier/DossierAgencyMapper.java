package vn.motcua.dossier;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface DossierAgencyMapper {

    @Insert("INSERT INTO dossier_agency (dossier_id, position, unit_code, unit_name, department_code, department_kind,"
            + " department_name, share_days, share_hours) VALUES (#{dossierId}, #{a.position}, #{a.unitCode},"
            + " #{a.unitName}, #{a.departmentCode}, #{a.departmentKind}, #{a.departmentName}, #{a.shareDays},"
            + " #{a.shareHours})")
    void insert(@Param("dossierId") long dossierId, @Param("a") DossierAgency agency);

    @Select("SELECT position, unit_code, unit_name, department_code, department_kind, department_name, share_days,"
            + " share_hours FROM dossier_agency WHERE dossier_id = #{dossierId} ORDER BY position")
    List<DossierAgency> chain(long dossierId);
}
