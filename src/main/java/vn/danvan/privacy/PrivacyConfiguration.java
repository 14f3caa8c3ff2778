package vn.danvan.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The key ring, loaded once at start by the one rule ({@link DataKeyLoader}), and what uses it. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    KeyRing dataKeys(Environment environment) {
        return DataKeyLoader.load(environment::getProperty, environment.getActiveProfiles());
    }

    @Bean
    FieldCipher fieldCipher(KeyRing dataKeys) {
        return new FieldCipher(dataKeys);
    }

    @Bean
    NameHash nameHash(KeyRing dataKeys) {
        return new NameHash(dataKeys);
    }
}
