package vn.motcua.dossier;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface DossierCounterMapper {

    @Update(
            "UPDATE dossier_counter SET last_value = last_value + 1 WHERE agency_code = #{agency} AND counter_day = #{day}")
    int increment(@Param("agency") String agency, @Param("day") LocalDate day);

    @Insert("INSERT INTO dossier_counter (agency_code, counter_day, last_value) VALUES (#{agency}, #{day}, 0)")
    void start(@Param("agency") String agency, @Param("day") LocalDate day);

    @Select("SELECT last_value FROM dossier_counter WHERE agency_code = #{agency} AND counter_day = #{day}")
    int current(@Param("agency") String agency, @Param("day") LocalDate day);
}
