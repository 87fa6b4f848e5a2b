package org.opentok.spring.boot.autoconfigure.webhook;

import java.io.InputStream;
import java.util.Arrays;

/**
 * A large JSON-looking body made up on the fly, which counts how much of it was read.
 */
final class GeneratedBody extends InputStream {

	private final long size;

	private long read;

	GeneratedBody(long size) {
		this.size = size;
	}

	long bytesRead() {
		return this.read;
	}

	@Override
	public int read() {
		if (this.read >= this.size) {
			return -1;
		}
		this.read++;
		return ' ';
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		if (this.read >= this.size) {
			return -1;
		}
		int count = (int) Math.min(length, this.size - this.read);
		Arrays.fill(buffer, offset, offset + count, (byte) ' ');
		this.read += count;
		return count;
	}

}
