package vn.danvan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose address a request is: the peer's, unless the peer is a trusted proxy that names the client. */
class ClientAddressTest {

    static final List<String> PROXY = List.of("10.0.0.2");

    @Test
    void withoutAProxyTheConnectionsAddressIsTheClients() {
        assertThat(ClientAddress.resolve("203.0.113.9", null, PROXY)).isEqualTo("203.0.113.9");
    }

    @Test
    void anyoneElsesForwardedForIsIgnored() {
        assertThat(ClientAddress.resolve("203.0.113.9", "198.51.100.1", PROXY)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("203.0.113.9", "198.51.100.1", List.of())).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyNamesTheClientAsTheLastAddressNotItselfAProxy() {
        assertThat(ClientAddress.resolve("10.0.0.2", "198.51.100.1", PROXY)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.resolve("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.2", PROXY))
                .as("a client cannot put an address of its choice in front").isEqualTo("198.51.100.1");
        assertThat(ClientAddress.resolve("10.0.0.2", " , 10.0.0.2", PROXY)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.resolve("10.0.0.2", "x".repeat(300), PROXY)).hasSize(64);
    }
}
