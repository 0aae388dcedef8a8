/**
 * Excel exchange: workbook templates per reporter and period, the streaming import of values with a validated
 * preview and an all-or-nothing commit, hardened against hostile files; and {@link vn.ntm.exchange.XlsxTable}, the
 * streaming writer every page uses to export its table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "exchange")
package vn.ntm.exchange;
