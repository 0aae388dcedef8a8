package vn.ntm.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A message to a user before it is translated: a key of the {@code messages*.properties} bundles and its arguments.
 * Rules and use cases return these (in rejections, problems, notices) so the web layer renders them in the user's
 * language; {@code vn.ntm.shared.platform.Messages} resolves them.
 */
public record Message(String key, List<Object> args) {

	public Message {
		args = List.copyOf(args);
	}

	public static Message of(String key, Object... args) {
		return new Message(key, Arrays.asList(args));
	}

	public Object[] argsArray() {
		return args.toArray();
	}
}
