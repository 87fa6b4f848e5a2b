package org.opentok.spring.client.broadcast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RtmpSecrets}: what a server URL shows in {@code toString()}.
 */
class RtmpSecretsTests {

	@Test
	void keepsAUrlWithoutCredentials() {
		assertThat(RtmpSecrets.maskedUrl("rtmps://live.example.com:443/app"))
			.isEqualTo("rtmps://live.example.com:443/app");
		assertThat(RtmpSecrets.maskedUrl("rtmp://live.example.com/app/user@home"))
			.isEqualTo("rtmp://live.example.com/app/user@home");
	}

	@Test
	void masksUserInfoQueryAndFragment() {
		assertThat(RtmpSecrets.maskedUrl("rtmp://user:pass@live.example.com/app?key=k&x=1"))
			.isEqualTo("rtmp://******@live.example.com/app?******");
		assertThat(RtmpSecrets.maskedUrl("rtmp://live.example.com/app#k"))
			.isEqualTo("rtmp://live.example.com/app#******");
		assertThat(RtmpSecrets.maskedUrl("rtmp://live.example.com/app?key=a\nb"))
			.isEqualTo("rtmp://live.example.com/app?******");
	}

	@Test
	void masksWhatIsNotAnUrlTheSameWay() {
		assertThat(RtmpSecrets.maskedUrl("user:pass@host/app?k")).isEqualTo("******@host/app?******");
		assertThat(RtmpSecrets.maskedUrl("")).isEmpty();
		assertThat(RtmpSecrets.maskedUrl(null)).isEqualTo("null");
	}

}
