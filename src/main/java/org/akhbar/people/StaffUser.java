package org.akhbar.people;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member of staff as Spring Security keeps them in the session. The password hash is
 * dropped once the login has been checked.
 */
public final class StaffUser implements UserDetails, CredentialsContainer {

    private final Staff staff;
    private String passwordHash;

    StaffUser(Staff staff, String passwordHash) {
        this.staff = staff;
        this.passwordHash = passwordHash;
    }

    public Staff staff() {
        return staff;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(staff.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staff.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
