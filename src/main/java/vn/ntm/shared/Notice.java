package vn.ntm.shared;

/**
 * Published by any module that tells a user something in the app (a reminder, an escalation, a dossier waiting): the
 * notices list (the bell) stores it in the publisher's transaction.
 *
 * @param link where the notice leads, or null
 */
public record Notice(String username, String message, String link) {
}
