package vn.motcua.office;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface OfficeMapper {

    @Select("SELECT * FROM unit ORDER BY code")
    List<Unit> units();

    @Select("SELECT * FROM department ORDER BY code")
    List<Department> departments();
}
