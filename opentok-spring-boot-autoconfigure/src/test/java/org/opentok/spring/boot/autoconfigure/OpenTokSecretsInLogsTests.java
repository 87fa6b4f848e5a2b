package org.opentok.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.integration.ClientAndServer;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.opentok.spring.client.OpenTok;
import org.opentok.spring.client.archive.ArchiveOptions;
import org.opentok.spring.client.audio.AudioConnectorOptions;
import org.opentok.spring.client.broadcast.Broadcast;
import org.opentok.spring.client.broadcast.BroadcastOptions;
import org.opentok.spring.client.broadcast.RtmpTarget;
import org.opentok.spring.client.caption.CaptionOptions;
import org.opentok.spring.client.core.OpenTokException;
import org.opentok.spring.client.render.RenderOptions;
import org.opentok.spring.client.session.MediaMode;
import org.opentok.spring.client.session.SessionOptions;
import org.opentok.spring.client.signal.Signal;
import org.opentok.spring.client.sip.SipDialOptions;
import org.opentok.spring.client.token.Role;
import org.opentok.spring.client.token.TokenFormat;
import org.opentok.spring.client.token.TokenOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * Tests that with DEBUG logging on for the client and Spring's web client, a full run of
 * calls writes neither the API secret, nor any JWT, nor any client token, nor a SIP
 * password, nor an RTMP stream key or server password to the log.
 */
class OpenTokSecretsInLogsTests {

	private static final String SECRET = OpenTokAutoConfigurationTests.SECRET;

	private static final String SESSION_ID = OpenTokAutoConfigurationTests.SESSION_ID;

	private static final String SIP_PASSWORD = "s1p-pa55word";

	private static final String STREAM_KEY = "rtmp-stream-key-0123456789";

	private static final String RTMP_PASSWORD = "rtmp-pa55word";

	private static final List<String> DEBUG_LOGGERS = List.of("org.opentok", "org.springframework.web",
			"org.springframework.http", "org.springframework.boot.http", "org.springframework.boot.restclient");

	private final ClientAndServer server = ClientAndServer.startClientAndServer(0);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final List<Logger> raised = new ArrayList<>();

	@BeforeEach
	void captureDebugLogs() {
		LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
		this.appender.setContext(loggers);
		this.appender.start();
		loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(this.appender);
		for (String name : DEBUG_LOGGERS) {
			Logger logger = loggers.getLogger(name);
			logger.setLevel(Level.DEBUG);
			this.raised.add(logger);
		}
		answer("/session/create", "[{\"session_id\":\"" + SESSION_ID + "\",\"project_id\":\"123456\"}]");
		answer("/v2/project/123456/archive", "{\"id\":\"a1\",\"status\":\"started\",\"sessionId\":\"" + SESSION_ID
				+ "\",\"createdAt\":1700000000000}");
		answer("/v2/project/123456/dial", "{\"id\":\"c1\",\"connectionId\":\"k1\",\"streamId\":\"s1\"}");
		answer("/v2/project/123456/connect", "{\"id\":\"w1\",\"connectionId\":\"k2\"}");
		answer("/v2/project/123456/render", "{\"id\":\"r1\",\"sessionId\":\"" + SESSION_ID
				+ "\",\"status\":\"starting\",\"createdAt\":1700000000000}");
		answer("/v2/project/123456/captions", "{\"captionsId\":\"cap1\"}");
		answer("/v2/project/123456/broadcast", "{\"id\":\"b1\",\"sessionId\":\"" + SESSION_ID
				+ "\",\"status\":\"started\",\"broadcastUrls\":{\"rtmp\":["
				+ "{\"id\":\"yt\",\"serverUrl\":\"rtmps://live:" + RTMP_PASSWORD
				+ "@live.example.com/app\",\"streamName\":\"" + STREAM_KEY + "\",\"status\":\"connecting\"}]}}");
		this.server.when(request().withPath("/v2/project/123456/session/.*/signal"))
			.respond(response().withStatusCode(204));
		this.server.when(request().withPath("/v2/project/123456/archive/missing"))
			.respond(response().withStatusCode(403)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":-1,\"message\":\"Invalid token\"}"));
	}

	@AfterEach
	void restoreLogging() {
		LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
		loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(this.appender);
		this.raised.forEach((logger) -> logger.setLevel(null));
		this.server.stop();
	}

	@Test
	void fullRunOfCallsLogsNoSecretJwtOrToken() {
		List<String> tokens = new ArrayList<>();
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
							RestClientAutoConfiguration.class, OpenTokAutoConfiguration.class))
			.withPropertyValues("opentok.api-key=123456", "opentok.api-secret=" + SECRET,
					"opentok.api-url=http://localhost:" + this.server.getPort(), "opentok.retry.max-attempts=1")
			.run((context) -> {
				OpenTok openTok = context.getBean(OpenTok.class);
				openTok.sessions().create(SessionOptions.builder().mediaMode(MediaMode.ROUTED).build());
				String jwt = openTok.tokens().generate(SESSION_ID);
				String t1 = openTok.tokens()
					.generate(SESSION_ID, TokenOptions.builder().format(TokenFormat.T1).build());
				String moderator = openTok.tokens()
					.generate(SESSION_ID, TokenOptions.builder().role(Role.MODERATOR).build());
				tokens.addAll(List.of(jwt, t1, moderator));
				openTok.archives().start(ArchiveOptions.builder().sessionId(SESSION_ID).name("weekly").build());
				openTok.sip()
					.dial(SipDialOptions.builder()
						.sessionId(SESSION_ID)
						.token(jwt)
						.uri("sip:alice@sip.example.com")
						.auth("alice", SIP_PASSWORD)
						.build());
				openTok.audioConnector()
					.connect(AudioConnectorOptions.builder()
						.sessionId(SESSION_ID)
						.token(jwt)
						.uri("wss://audio.example.com/ws")
						.build());
				openTok.renders()
					.start(RenderOptions.builder()
						.sessionId(SESSION_ID)
						.token(jwt)
						.url("https://app.example.com/composer")
						.build());
				openTok.captions().start(CaptionOptions.builder().sessionId(SESSION_ID).token(moderator).build());
				openTok.signals().sendToSession(SESSION_ID, Signal.of("chat", "hello"));
				Broadcast broadcast = openTok.broadcasts()
					.start(BroadcastOptions.builder()
						.sessionId(SESSION_ID)
						.addRtmp(RtmpTarget.of("yt", "rtmps://live:" + RTMP_PASSWORD + "@live.example.com/app",
								STREAM_KEY))
						.build());
				LoggerFactory.getLogger("org.opentok.test").debug("started {}", broadcast);
				try {
					openTok.archives().get("missing");
				}
				catch (OpenTokException ex) {
					LoggerFactory.getLogger("org.opentok.test").debug("call failed", ex);
				}
			});

		List<String> logged = loggedText();
		assertThat(logged).as("DEBUG logging was on").isNotEmpty();
		assertThat(String.join("\n", logged)).doesNotContain(SECRET)
			.doesNotContain(SIP_PASSWORD)
			.doesNotContain(STREAM_KEY)
			.doesNotContain(RTMP_PASSWORD)
			.doesNotContain("eyJhbGciOi")
			.doesNotContain("T1==");
		for (String token : tokens) {
			assertThat(String.join("\n", logged)).doesNotContain(token.substring(token.length() - 20));
		}
	}

	private List<String> loggedText() {
		List<ILoggingEvent> events;
		// client and server threads may still log:
		// stop the appender and copy under its lock
		synchronized (this.appender) {
			this.appender.stop();
			events = new ArrayList<>(this.appender.list);
		}
		List<String> text = new ArrayList<>();
		for (ILoggingEvent event : events) {
			if (event.getLoggerName().startsWith("org.mockserver")) {
				continue;
			}
			text.add(event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				text.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
			if (event.getMDCPropertyMap() != null) {
				text.add(String.valueOf(event.getMDCPropertyMap()));
			}
		}
		return text;
	}

	private void answer(String path, String json) {
		this.server.when(request().withPath(path))
			.respond(response().withStatusCode(200).withHeader("Content-Type", "application/json").withBody(json));
	}

}
