package org.opentok.spring.client.core;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ProxySettings}.
 */
class ProxySettingsTests {

	private final ProxySettings proxy = ProxySettings.http("proxy.example.com", 3128)
		.withCredentials("alice", "pa55word")
		.withNonProxyHosts(List.of("localhost", "*.internal.example.com", "10.*", "*corp*", "[::1]"));

	@Test
	void nonProxyHostsMatchLikeTheJdkProperty() {
		assertThat(this.proxy.appliesTo(URI.create("https://api.opentok.com"))).isTrue();
		assertThat(this.proxy.appliesTo(URI.create("http://LOCALHOST:8080"))).isFalse();
		assertThat(this.proxy.appliesTo(URI.create("https://video.internal.example.com"))).isFalse();
		assertThat(this.proxy.appliesTo(URI.create("https://internal.example.com"))).isTrue();
		assertThat(this.proxy.appliesTo(URI.create("http://10.1.2.3"))).isFalse();
		assertThat(this.proxy.appliesTo(URI.create("http://110.1.2.3"))).isTrue();
		assertThat(this.proxy.appliesTo(URI.create("http://mycorporation.net"))).isFalse();
		assertThat(this.proxy.appliesTo(URI.create("http://[::1]:8080"))).isFalse();
		assertThat(this.proxy.appliesTo("::1")).isFalse();
	}

	@Test
	void toStringAndDescriptionNeverShowThePassword() {
		assertThat(this.proxy.toString()).contains("username=alice", "password=******").doesNotContain("pa55word");
		assertThat(this.proxy.describe()).isEqualTo("HTTP proxy proxy.example.com:3128");
		assertThat(ProxySettings.socks("10.0.0.1", 1080).describe()).isEqualTo("SOCKS5 proxy 10.0.0.1:1080");
	}

	@Test
	void badSettingsAreRefusedWithoutShowingThePassword() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProxySettings.http(" ", 3128))
			.withMessage("'host' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ProxySettings.http("proxy", 0))
			.withMessage("'port' must be between 1 and 65535, got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> ProxySettings.http("proxy\r\nX: y", 80))
			.withMessageStartingWith("'host' must not contain control characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxySettings(ProxySettings.Type.HTTP, "proxy", 80, "alice", null, List.of()))
			.withMessage("'username' and 'password' must be given together, or neither");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxySettings.http("proxy", 80).withCredentials("al:ice", "secret"))
			.withMessageStartingWith("'username' must not contain ':'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxySettings.http("proxy", 80).withCredentials("alice", "se\ncret"))
			.withMessage("'password' must not contain control characters");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxySettings.socks("proxy", 80).withCredentials("alice", "x".repeat(256)))
			.withMessage("'password' must be 1 to 255 UTF-8 bytes long, got 256");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProxySettings.http("proxy", 80).withNonProxyHosts(List.of("")))
			.withMessage("'nonProxyHosts' must not be blank");
	}

}
