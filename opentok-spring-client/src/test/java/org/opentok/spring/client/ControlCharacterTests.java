package org.opentok.spring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opentok.spring.client.archive.AzureArchiveStorage;
import org.opentok.spring.client.archive.S3ArchiveStorage;
import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.broadcast.RtmpTarget;
import org.opentok.spring.client.callback.CallbackClient;
import org.opentok.spring.client.callback.CallbackEvent;
import org.opentok.spring.client.caption.CaptionOptions;
import org.opentok.spring.client.render.RenderOptions;
import org.opentok.spring.client.sip.SipAuth;
import org.opentok.spring.client.sip.SipDialOptions;
import org.opentok.spring.client.support.MockOpenTok;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every value that ends up in a header or a URI, on OpenTok's side or ours, refuses
 * control characters (below U+0020, and U+007F) with a message naming the argument and
 * showing the value escaped, before any request is sent.
 */
class ControlCharacterTests {

	private static final List<String> SHAPES = List.of("\r", "\n", "\r\nX-Injected: 1", "\u0000", "\t", "\u0001",
			"\u001b", "\u001f", "\u007f");

	@RegisterExtension
	static final MockOpenTok openTok = new MockOpenTok();

	private final CallbackClient callbacks = new CallbackClient(openTok.transport());

	@TestFactory
	Stream<DynamicTest> everyHeaderOrUriValueRefusesEveryControlCharacter() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Field field : fields()) {
			for (String shape : SHAPES) {
				String hostile = field.validValue().substring(0, 6) + shape + field.validValue().substring(6);
				tests.add(DynamicTest.dynamicTest(field.argument() + " with " + escaped(shape),
						() -> assertRefused(field, hostile)));
			}
			if (!field.sends()) {
				tests.add(DynamicTest.dynamicTest(field.argument() + " valid",
						() -> assertThatNoException().isThrownBy(() -> field.use().accept(field.validValue()))));
			}
		}
		return tests.stream();
	}

	private static void assertRefused(Field field, String hostile) {
		assertThatIllegalArgumentException().isThrownBy(() -> field.use().accept(hostile))
			.withMessageStartingWith("'" + field.argument() + "' must not contain control characters")
			.withMessageContaining(escaped(hostile))
			.withMessageNotContaining(hostile);
		openTok.assertNoRequest();
	}

	private List<Field> fields() {
		return List.of(new Field("uri", "sip:alice@example.com", (value) -> sip().uri(value).build()),
				new Field("from", "15550199@example.com", (value) -> sip().from(value).build()),
				new Field("headers[X-Account]", "account 42", (value) -> sip().header("X-Account", value).build()),
				new Field("auth.username", "bob-the-caller", (value) -> new SipAuth(value, "pa55word")),
				new Field("uri", "wss://audio.example.com/ws", (value) -> audio().uri(value).build()),
				new Field("headers", "X-Call-Id", (value) -> audio().header(value, "abc").build()),
				new Field("headers[X-Call]", "abc def", (value) -> audio().header("X-Call", value).build()),
				new Field("serverUrl", "rtmps://live.example.com/app", (value) -> RtmpTarget.of(value, "key-123")),
				new Field("streamName", "stream-key-123",
						(value) -> RtmpTarget.of("rtmp://live.example.com/app", value)),
				new Field("url", "https://app.example.com/composer", (value) -> render().url(value).build()),
				new Field("statusCallbackUrl", "https://app.example.com/render-status",
						(value) -> render().statusCallbackUrl(value).build()),
				new Field("statusCallbackUrl", "https://app.example.com/captions",
						(value) -> CaptionOptions.builder()
							.sessionId(MockOpenTok.SESSION_ID)
							.token("moderator-token")
							.statusCallbackUrl(value)
							.build()),
				new Field("url", "https://app.example.com/ot",
						(value) -> this.callbacks.register(CallbackEvent.ARCHIVE_STATUS, value), true),
				new Field("accessKey", "AKIA-EXAMPLE", (value) -> s3().accessKey(value).build()),
				new Field("bucket", "my-archives", (value) -> s3().bucket(value).build()),
				new Field("endpoint", "https://s3.example.com", (value) -> s3().endpoint(value).build()),
				new Field("accountName", "myaccount", (value) -> azure().accountName(value).build()),
				new Field("container", "archives", (value) -> azure().container(value).build()),
				new Field("domain", "blob.example.net", (value) -> azure().domain(value).build()));
	}

	private static SipDialOptions.Builder sip() {
		return SipDialOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("sip:a@example.com");
	}

	private static AudioConnectorOptions.Builder audio() {
		return AudioConnectorOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("client-token")
			.uri("wss://audio.example.com/ws");
	}

	private static RenderOptions.Builder render() {
		return RenderOptions.builder()
			.sessionId(MockOpenTok.SESSION_ID)
			.token("publisher-token")
			.url("https://app.example.com/composer");
	}

	private static S3ArchiveStorage.Builder s3() {
		return S3ArchiveStorage.builder()
			.accessKey("AKIA-EXAMPLE")
			.secretKey("not-a-real-secret")
			.bucket("my-archives");
	}

	private static AzureArchiveStorage.Builder azure() {
		return AzureArchiveStorage.builder()
			.accountName("myaccount")
			.accountKey("not-a-real-account-key")
			.container("archives");
	}

	private static String escaped(String text) {
		StringBuilder shown = new StringBuilder();
		for (char c : text.toCharArray()) {
			shown.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return shown.toString();
	}

	/**
	 * A value that reaches a header or a URI.
	 *
	 * @param argument the argument's name in messages
	 * @param validValue a valid value, at least 7 characters
	 * @param use builds or calls with a value
	 * @param sends whether {@code use} sends a request when the value is valid
	 */
	private record Field(String argument, String validValue, Consumer<String> use, boolean sends) {

		Field(String argument, String validValue, Consumer<String> use) {
			this(argument, validValue, use, false);
		}

	}

}
