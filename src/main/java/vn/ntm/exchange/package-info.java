/**
 * Excel exchange: workbook templates per reporter and period, the streaming import of values with a validated
 * preview and an all-or-nothing commit, hardened against hostile files. The
 * streaming writer every page uses to export its table is {@link vn.ntm.shared.office.XlsxTable}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "exchange")
package vn.ntm.exchange;
