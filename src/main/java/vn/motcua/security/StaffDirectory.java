package vn.motcua.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff for Spring Security from our own tables; passwords are BCrypt hashes. */
@Service
class StaffDirectory implements UserDetailsService {

    private final StaffMapper mapper;

    StaffDirectory(StaffMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Staff loadUserByUsername(String username) {
        StaffMapper.StaffRow row = mapper.find(username);
        if (row == null) {
            throw new UsernameNotFoundException("No such user");
        }
        return new Staff(
                row.username(),
                row.passwordHash(),
                row.fullName(),
                row.role(),
                row.unitCode(),
                row.enabled(),
                mapper.departments(username));
    }
}
