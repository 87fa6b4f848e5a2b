package org.opentok.spring.client.project;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.opentok.spring.client.internal.EpochMillisDeserializer;

/**
 * A project of an OpenTok account. {@link #toString()} never shows the secret.
 *
 * @param id the project's API key
 * @param secret the project's API secret, or {@code null} if OpenTok did not return it
 * @param rawStatus whether the key can be used, exactly as OpenTok sent it, or
 * {@code null}; read it when {@link #status()} returns {@link ProjectStatus#UNKNOWN}
 * @param name the project's name, or {@code null}
 * @param createdAt when the project was created, or {@code null}
 * @param environmentName the environment the project runs in, such as {@code default}, or
 * {@code null}
 * @param environmentDescription the environment's description, such as
 * {@code Standard Environment}, or {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Project(@JsonProperty("id") String id, @JsonProperty("secret") @Nullable String secret,
		@JsonProperty("status") @Nullable String rawStatus, @JsonProperty("name") @Nullable String name,
		@JsonProperty("createdAt") @JsonDeserialize(using = EpochMillisDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty("environmentName") @Nullable String environmentName,
		@JsonProperty("environmentDescription") @Nullable String environmentDescription) {

	/**
	 * Returns whether the key can be used.
	 * @return the status, in any case OpenTok sent it ({@code active} reads as
	 * {@link ProjectStatus#ACTIVE}); {@link ProjectStatus#UNKNOWN} when OpenTok sent none
	 * or one this version does not know ({@link #rawStatus()} has it)
	 */
	public ProjectStatus status() {
		return ProjectStatus.fromWire(this.rawStatus);
	}

	@Override
	public String toString() {
		return "Project[id=" + this.id + ", secret=" + ((this.secret != null) ? "******" : "null") + ", rawStatus="
				+ this.rawStatus + ", name=" + this.name + ", createdAt=" + this.createdAt + ", environmentName="
				+ this.environmentName + ", environmentDescription=" + this.environmentDescription + "]";
	}

}
