package org.opentok.spring.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link PrehashedHmac}, against the JDK's {@link Mac} and RFC test vectors.
 */
class PrehashedHmacTests {

	@ParameterizedTest
	@CsvSource({ "SHA-1, HmacSHA1", "SHA-256, HmacSHA256" })
	void signsAsTheJdkMacForKeysAndMessagesAroundBlockBoundaries(String digest, String macAlgorithm)
			throws GeneralSecurityException {
		SplittableRandom random = new SplittableRandom(42);
		int[] lengths = { 1, 20, 40, 63, 64, 65, 100, 127, 128, 129, 200, 300 };
		for (int keyLength : lengths) {
			byte[] key = bytes(random, keyLength);
			PrehashedHmac hmac = PrehashedHmac.forKey(digest, key);
			Mac mac = Mac.getInstance(macAlgorithm);
			mac.init(new SecretKeySpec(key, macAlgorithm));
			for (int startLength : new int[] { 0, 1, 63, 64, 65, 128, 145, 200 }) {
				byte[] start = bytes(random, startLength);
				PrehashedHmac prepared = hmac.forMessagesStartingWith(start);
				assertThat(prepared.prehashedLength()).isEqualTo(startLength / 64 * 64);
				for (int restLength : new int[] { 0, 1, 9, 55, 56, 64, 90 }) {
					byte[] message = concat(start, bytes(random, restLength));
					byte[] framed = concat(concat(bytes(random, 7), message), bytes(random, 5));
					byte[] signature = new byte[prepared.macLength() + 3];
					prepared.sign(framed, 7, message.length, signature);
					assertThat(Arrays.copyOf(signature, prepared.macLength()))
						.as("key %d, start %d, rest %d", keyLength, startLength, restLength)
						.isEqualTo(mac.doFinal(message));
				}
			}
		}
	}

	@Test
	void matchesTheRfc2202AndRfc4231Vectors() {
		byte[] data = "Hi There".getBytes(StandardCharsets.US_ASCII);
		byte[] key = new byte[20];
		Arrays.fill(key, (byte) 0x0b);
		assertThat(sign(PrehashedHmac.forKey("SHA-1", key), data))
			.isEqualTo("b617318655057264e28bc0b6fb378c8ef146be00");
		assertThat(sign(PrehashedHmac.forKey("SHA-256", key), data))
			.isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
		byte[] longKey = new byte[80];
		Arrays.fill(longKey, (byte) 0xaa);
		assertThat(sign(PrehashedHmac.forKey("SHA-1", longKey),
				"Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("aa4ae5e15272d00e95705637ce8a3b55ed402112");
	}

	@Test
	void signsAgainAndAgainWithTheSameResult() {
		PrehashedHmac hmac = PrehashedHmac.forKey("SHA-1", new byte[] { 1, 2, 3 })
			.forMessagesStartingWith(new byte[100]);
		byte[] message = new byte[150];
		assertThat(sign(hmac, message)).isEqualTo(sign(hmac, message));
	}

	@Test
	void refusesOtherDigestsAShortSignatureAndAMessageShorterThanItsStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> PrehashedHmac.forKey("SHA-512", new byte[1]))
			.withMessage("'digestAlgorithm' must be SHA-1 or SHA-256, got 'SHA-512'");
		PrehashedHmac hmac = PrehashedHmac.forKey("SHA-1", new byte[1]);
		assertThatIllegalArgumentException().isThrownBy(() -> hmac.sign(new byte[8], 0, 8, new byte[19]))
			.withMessage(
					"The message must be at least the prehashed 0 bytes and the signature array 20 bytes, got 8 and 19");
		PrehashedHmac prepared = hmac.forMessagesStartingWith(new byte[64]);
		assertThatIllegalArgumentException().isThrownBy(() -> prepared.sign(new byte[63], 0, 63, new byte[20]))
			.withMessage(
					"The message must be at least the prehashed 64 bytes and the signature array 20 bytes, got 63 and 20");
		assertThatIllegalStateException().isThrownBy(() -> prepared.forMessagesStartingWith(new byte[64]))
			.withMessage("This HMAC already has a prehashed message start");
	}

	@Test
	void toStringShowsNoKeyMaterial() {
		assertThat(PrehashedHmac.forKey("SHA-1", "secret".getBytes(StandardCharsets.US_ASCII)))
			.hasToString("PrehashedHmac[SHA-1, prehashedLength=0]");
	}

	private static String sign(PrehashedHmac hmac, byte[] message) {
		byte[] signature = new byte[hmac.macLength()];
		hmac.sign(message, 0, message.length, signature);
		return HexFormat.of().formatHex(signature);
	}

	private static byte[] bytes(SplittableRandom random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
