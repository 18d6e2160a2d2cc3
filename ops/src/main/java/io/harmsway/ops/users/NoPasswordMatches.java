package io.harmsway.ops.users;

import org.springframework.security.crypto.password.PasswordEncoder;

/** The encoder for {@code {none}}: a user who has no password here cannot sign in with one. */
final class NoPasswordMatches implements PasswordEncoder {

    @Override
    public String encode(CharSequence rawPassword) {
        throw new UnsupportedOperationException("nothing is encoded as {none}");
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return false;
    }
}
