package vn.ntm.exchange.internal;

/** Message texts by key suffix ({@code exchange.error.<code>}), so the readers stay free of Spring. */
@FunctionalInterface
public interface Messages {

	String text(String code, Object... args);
}
