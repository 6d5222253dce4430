package vn.motcua.security;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The version of a member of staff's record, raised by every administrative change to it. */
@Mapper
interface StaffVersions {

    /** {@code null} when there is no such user any more. */
    @Select("SELECT version FROM staff WHERE username = #{username}")
    Integer version(String username);
}
