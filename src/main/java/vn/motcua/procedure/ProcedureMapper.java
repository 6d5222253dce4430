package vn.motcua.procedure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProcedureMapper {

    int update(Procedure procedure);

    void insert(Procedure procedure);

    void deleteAgencies(String procedureCode);

    void deleteDocuments(String procedureCode);

    void insertAgency(
            @Param("procedureCode") String procedureCode,
            @Param("position") int position,
            @Param("agency") Procedure.Agency agency);

    void insertDocument(
            @Param("procedureCode") String procedureCode, @Param("position") int position, @Param("name") String name);
}
