package org.opentok.spring.client.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.opentok.spring.client.core.OpenTokCredentials;
import org.opentok.spring.client.core.ProjectCredentials;
import org.opentok.spring.client.core.SessionIds;
import org.opentok.spring.client.core.VonageCredentials;

/**
 * Generates client tokens, locally and without a REST call: JWTs (the default) or legacy
 * {@code T1} tokens. Thread-safe, on platform and virtual threads alike: keyed signers
 * and buffers are set up once and reused from a pool, not per thread, and the text of the
 * last session, options and second is kept, so a token costs little more than its
 * signature.
 *
 * @since 0.1.0
 */
public class TokenGenerator {

	/**
	 * From this many tokens on, bulk generation is spread over the available cores.
	 */
	static final int PARALLEL_THRESHOLD = 4096;

	/**
	 * The most tokens one bulk call makes: a million, far more than the 15,000 clients
	 * the largest OpenTok session holds at once.
	 */
	public static final int MAX_BULK_COUNT = 1_000_000;

	/**
	 * The most characters the tokens of one bulk call may take in all, about 640 MB of
	 * Strings: a million tokens of up to 624 characters (short connection data and a few
	 * layout classes), fewer of longer ones.
	 */
	public static final long MAX_BULK_CHARACTERS = 640_000_000L;

	/**
	 * What the JVM takes for a String of a token beside its characters: the String, its
	 * array's header and padding, and the list's reference to it (compressed pointers).
	 */
	private static final int STRING_OVERHEAD_BYTES = 48;

	/**
	 * How much longer than the first token of a bulk call any other can be: the nonce
	 * takes 1 to 11 digits, base64 makes that up to 16 characters.
	 */
	private static final int NONCE_LENGTH_SPREAD = 16;

	private final OpenTokCredentials credentials;

	private final TokenDefaults defaults;

	private final Clock clock;

	private final TokenEntropy entropy;

	private final TokenSigner jwtSigner;

	private final TokenSigner t1Signer;

	private final TokenGenerationListener listener;

	/**
	 * The last session id found to belong to this project. Apps make many tokens for one
	 * session, one per participant, and decoding the id took a tenth of a token's time.
	 * Only ever holds a checked id, so a stale read just checks again.
	 */
	private volatile @Nullable String lastOwnedSessionId;

	/**
	 * The last template prepared, with its format: the next token of the same session,
	 * options and second only adds its nonce and JWT id.
	 */
	private volatile @Nullable RecentTemplate recent;

	/**
	 * Creates a generator with the {@link TokenDefaults#standard() standard defaults} and
	 * the system clock.
	 * @param credentials the credentials tokens are signed with
	 */
	public TokenGenerator(OpenTokCredentials credentials) {
		this(credentials, TokenDefaults.standard(), Clock.systemUTC());
	}

	/**
	 * Creates a generator.
	 * @param credentials the credentials tokens are signed with
	 * @param defaults the values used where options leave them unset
	 * @param clock the clock token times come from
	 */
	public TokenGenerator(OpenTokCredentials credentials, TokenDefaults defaults, Clock clock) {
		this(credentials, defaults, clock, TokenGenerationListener.NONE);
	}

	/**
	 * Creates a generator that reports what it makes.
	 * @param credentials the credentials tokens are signed with
	 * @param defaults the values used where options leave them unset
	 * @param clock the clock token times come from
	 * @param listener told how many tokens were made, for metrics
	 */
	public TokenGenerator(OpenTokCredentials credentials, TokenDefaults defaults, Clock clock,
			TokenGenerationListener listener) {
		this(credentials, defaults, clock, TokenEntropy.RANDOM, listener);
	}

	TokenGenerator(OpenTokCredentials credentials, TokenDefaults defaults, Clock clock, TokenEntropy entropy) {
		this(credentials, defaults, clock, entropy, TokenGenerationListener.NONE);
	}

	TokenGenerator(OpenTokCredentials credentials, TokenDefaults defaults, Clock clock, TokenEntropy entropy,
			TokenGenerationListener listener) {
		if (credentials == null || defaults == null || clock == null) {
			throw new IllegalArgumentException("'credentials', 'defaults' and 'clock' must not be null");
		}
		this.credentials = credentials;
		this.defaults = defaults;
		this.clock = clock;
		this.entropy = entropy;
		this.listener = (listener != null) ? listener : TokenGenerationListener.NONE;
		if (credentials instanceof ProjectCredentials project) {
			this.jwtSigner = JwtTokenSigner.forProject(project.apiKey(), project.apiSecret());
			this.t1Signer = new T1TokenSigner(project.apiKey(), project.apiSecret());
		}
		else {
			VonageCredentials vonage = (VonageCredentials) credentials;
			this.jwtSigner = JwtTokenSigner.forVonage(vonage.applicationId(), vonage.privateKey());
			this.t1Signer = new UnavailableT1Signer();
		}
	}

	/**
	 * Generates a token with the default options.
	 * @param sessionId the session the token lets its holder join
	 * @return the token
	 * @throws IllegalArgumentException if the session id is blank, malformed or belongs
	 * to another API key
	 */
	public String generate(String sessionId) {
		return generate(sessionId, TokenOptions.defaults());
	}

	/**
	 * Generates a token.
	 * @param sessionId the session the token lets its holder join
	 * @param options the token's options
	 * @return the token
	 * @throws IllegalArgumentException if the session id or an option is not valid
	 */
	public String generate(String sessionId, TokenOptions options) {
		RecentTemplate recent = recentFor(sessionId, options);
		String token = recent.prepared().sign(this.entropy.nonce(), this.entropy);
		this.listener.tokensGenerated(recent.template().role(), recent.format(), 1);
		return token;
	}

	/**
	 * Generates {@code count} distinct tokens with the same options, spreading large
	 * counts over the available cores, and returns them all at once; see
	 * {@link #stream(String, TokenOptions, int)} to make many without holding them.
	 * Validation happens once, before any token is made; the count is checked against the
	 * memory its tokens take once the first is signed, before room for the others is
	 * allocated.
	 * @param sessionId the session the tokens let their holders join
	 * @param options the tokens' options
	 * @param count how many tokens to make, 1 to {@value #MAX_BULK_COUNT}, and no more
	 * than fit in {@value #MAX_BULK_CHARACTERS} characters in all and in the heap's
	 * maximum size ({@code -Xmx})
	 * @return exactly {@code count} tokens, unmodifiable
	 * @throws IllegalArgumentException if the session id, an option or the count is not
	 * valid
	 */
	public List<String> generate(String sessionId, TokenOptions options, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("'count' must be at least 1, got " + count);
		}
		if (count > MAX_BULK_COUNT) {
			throw new IllegalArgumentException("'count' must be at most " + MAX_BULK_COUNT + " per call, got " + count
					+ ": use stream(sessionId, options, count) for more");
		}
		TokenTemplate template = templateFor(sessionId, options, this.clock.millis());
		TokenSigner.Prepared signer = signerFor(options).prepare(template);
		int firstNonce = this.entropy.nonce();
		String first = signer.sign(firstNonce, this.entropy);
		requireWithinCharacterBudget(count, first.length());
		requireWithinHeap(count, first.length(), Runtime.getRuntime().maxMemory());
		String[] tokens = new String[count];
		tokens[0] = first;
		IntStream indexes = IntStream.range(1, count);
		if (count >= PARALLEL_THRESHOLD) {
			indexes = indexes.parallel();
		}
		// consecutive nonces keep every token
		// distinct, even T1 tokens that have no JWT id
		indexes.forEach((i) -> tokens[i] = signer.sign(firstNonce + i, this.entropy));
		for (String token : tokens) {
			if (token == null) {
				throw new IllegalStateException("Bulk token generation produced fewer than " + count + " tokens");
			}
		}
		this.listener.tokensGenerated(template.role(), formatOf(options), count);
		return Collections.unmodifiableList(Arrays.asList(tokens));
	}

	/**
	 * Streams {@code count} distinct tokens with the same options, made one by one as the
	 * stream is consumed and held by nothing here: a million tokens take no more memory
	 * than the consumer keeps of them. Validation happens once, in this call; every token
	 * carries the creation and expiry times of this call, so consume the stream soon. The
	 * stream is sequential; {@link Stream#parallel()} spreads the signing over the common
	 * fork-join pool. Tokens are counted to the listener as they are made.
	 * @param sessionId the session the tokens let their holders join
	 * @param options the tokens' options
	 * @param count how many tokens the stream has, 0 to {@link Integer#MAX_VALUE}; their
	 * nonces are consecutive, so all are distinct
	 * @return a lazy stream of exactly {@code count} tokens
	 * @throws IllegalArgumentException if the session id, an option or the count is not
	 * valid
	 */
	public Stream<String> stream(String sessionId, TokenOptions options, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("'count' must not be negative, got " + count);
		}
		TokenTemplate template = templateFor(sessionId, options, this.clock.millis());
		TokenFormat format = formatOf(options);
		TokenSigner.Prepared signer = signerFor(options).prepare(template);
		int firstNonce = this.entropy.nonce();
		Role role = template.role();
		return IntStream.range(0, count).mapToObj((i) -> {
			String token = signer.sign(firstNonce + i, this.entropy);
			this.listener.tokensGenerated(role, format, 1);
			return token;
		});
	}

	/**
	 * Returns the last template prepared when it was for the same session id, options and
	 * second (and an explicit expiry time is still ahead), which were checked then;
	 * checks and prepares a new one otherwise.
	 */
	private RecentTemplate recentFor(String sessionId, TokenOptions options) {
		long millis = this.clock.millis();
		RecentTemplate last = this.recent;
		if (last != null && last.isFor(sessionId, options, millis)) {
			return last;
		}
		TokenTemplate template = templateFor(sessionId, options, millis);
		TokenFormat format = formatOf(options);
		RecentTemplate prepared = new RecentTemplate(sessionId, options, format, template,
				signerFor(options).prepare(template));
		this.recent = prepared;
		return prepared;
	}

	static void requireWithinHeap(int count, int tokenLength, long maxHeapBytes) {
		long bytes = (long) count * (tokenLength + NONCE_LENGTH_SPREAD + STRING_OVERHEAD_BYTES);
		if (bytes > maxHeapBytes) {
			throw new IllegalArgumentException("'count' of " + count + " tokens of about " + tokenLength
					+ " characters each needs about " + (bytes >> 20) + " MB, more than the heap's maximum of "
					+ (maxHeapBytes >> 20) + " MB (-Xmx): use stream(sessionId, options, count), which holds "
					+ "no tokens, or ask for at most "
					+ (maxHeapBytes / (tokenLength + NONCE_LENGTH_SPREAD + STRING_OVERHEAD_BYTES)) + " at a time");
		}
	}

	private static void requireWithinCharacterBudget(int count, int tokenLength) {
		long characters = (long) count * (tokenLength + NONCE_LENGTH_SPREAD);
		if (characters > MAX_BULK_CHARACTERS) {
			throw new IllegalArgumentException(
					"'count' of " + count + " tokens of about " + tokenLength + " characters each is more than the "
							+ MAX_BULK_CHARACTERS + " characters one call may make: ask for at most "
							+ (MAX_BULK_CHARACTERS / (tokenLength + NONCE_LENGTH_SPREAD)) + " at a time");
		}
	}

	private TokenFormat formatOf(TokenOptions options) {
		return (options.format() != null) ? options.format() : this.defaults.format();
	}

	private TokenSigner signerFor(TokenOptions options) {
		return (formatOf(options) == TokenFormat.T1) ? this.t1Signer : this.jwtSigner;
	}

	private TokenTemplate templateFor(String sessionId, TokenOptions options, long millis) {
		if (sessionId == null || sessionId.isBlank()) {
			throw new IllegalArgumentException("'sessionId' must not be blank");
		}
		if (options == null) {
			throw new IllegalArgumentException("'options' must not be null");
		}
		if (this.credentials instanceof ProjectCredentials project && !sessionId.equals(this.lastOwnedSessionId)) {
			String owner = SessionIds.projectIdOf(sessionId);
			if (!owner.equals(project.apiKey())) {
				throw new IllegalArgumentException("'sessionId' belongs to API key " + owner
						+ ", not to this project's API key " + project.apiKey());
			}
			this.lastOwnedSessionId = sessionId;
		}
		long issuedAt = Math.floorDiv(millis, 1000);
		long expiresAt;
		if (options.expireTime() != null) {
			Instant now = Instant.ofEpochMilli(millis);
			Instant expireTime = options.expireTime();
			if (!expireTime.isAfter(now)) {
				throw new IllegalArgumentException("'expireTime' must be in the future, got " + expireTime);
			}
			if (expireTime.isAfter(now.plus(TokenDefaults.MAX_TTL))) {
				throw new IllegalArgumentException("'expireTime' must be at most 30 days ahead, got " + expireTime);
			}
			expiresAt = expireTime.getEpochSecond();
		}
		else {
			expiresAt = issuedAt + ((options.ttl() != null) ? options.ttl() : this.defaults.ttl()).toSeconds();
		}
		Role role = (options.role() != null) ? options.role() : this.defaults.role();
		List<String> classes = options.initialLayoutClassList();
		return new TokenTemplate(sessionId, role, issuedAt, expiresAt, options.data(),
				classes.isEmpty() ? null : String.join(" ", classes));
	}

	/**
	 * A prepared template and the checked arguments it was prepared for.
	 */
	private record RecentTemplate(String sessionId, TokenOptions options, TokenFormat format, TokenTemplate template,
			TokenSigner.Prepared prepared) {

		/**
		 * Whether a token of these arguments at this time would have this template: same
		 * session id and options in the same second, and an explicit expiry time still
		 * ahead.
		 */
		boolean isFor(String sessionId, TokenOptions options, long millis) {
			return Math.floorDiv(millis, 1000) == this.template.issuedAt() && this.sessionId.equals(sessionId)
					&& this.options.equals(options)
					&& (options.expireTime() == null || options.expireTime().isAfter(Instant.ofEpochMilli(millis)));
		}

		@Override
		public String toString() {
			return "RecentTemplate[format=" + this.format + "]";
		}

	}

	@Override
	public String toString() {
		return "TokenGenerator[projectId=" + this.credentials.projectId() + ", defaults=" + this.defaults + "]";
	}

}
