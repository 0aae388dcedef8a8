package vn.ntm.assessment;

/**
 * Why one input was refused.
 *
 * @param field     the field at fault: {@code unit}, {@code period}, {@code set}, {@code values[3].value}, …
 * @param indicator the indicator code concerned, or null
 * @param code      a stable machine code, e.g. {@code unknown-indicator}, {@code percent-out-of-range}
 * @param message   the reason in the user's language
 */
public record ValueError(String field, String indicator, String code, String message) {
}
