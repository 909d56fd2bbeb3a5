package org.kinmap.access;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Passwords are kept as bcrypt hashes ({@code kinmap.passwords.bcrypt-strength}, default 10: about 2^10 rounds), each
 * prefixed with its scheme ({@code {bcrypt}}) so that a stronger scheme can be introduced later without a reset.
 * bcrypt reads at most 72 bytes: a longer password offered at sign-in simply does not match.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	@Bean
	PasswordEncoder passwordEncoder(@Value("${kinmap.passwords.bcrypt-strength:10}") int strength) {
		PasswordEncoder bcrypt = new BCryptPasswordEncoder(strength);
		PasswordEncoder bounded = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return bcrypt.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return raw != null && raw.toString().getBytes(StandardCharsets.UTF_8).length <= Accounts.MAX_PASSWORD_BYTES
						&& bcrypt.matches(raw, encoded);
			}

			@Override
			public boolean upgradeEncoding(String encoded) {
				return bcrypt.upgradeEncoding(encoded);
			}
		};
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", bounded, "pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}
}
