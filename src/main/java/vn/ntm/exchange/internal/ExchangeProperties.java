package vn.ntm.exchange.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exchange module ({@code ntm.exchange.*}).
 *
 * @param maxRows       data rows accepted in one workbook
 * @param maxColumns    cells accepted in one row
 * @param maxCellLength characters accepted in one cell
 * @param maxEntryMb    uncompressed megabytes of any part of a workbook
 * @param previewTtl    how long a preview waits for its confirmation
 */
@ConfigurationProperties("ntm.exchange")
public record ExchangeProperties(@DefaultValue("20000") int maxRows, @DefaultValue("300") int maxColumns,
		@DefaultValue("1000") int maxCellLength, @DefaultValue("200") int maxEntryMb,
		@DefaultValue("PT2H") Duration previewTtl) {

	public ImportLimits limits() {
		return new ImportLimits(maxRows, maxColumns, maxCellLength, maxEntryMb * 1024L * 1024L, 0.01,
				16L * 1024 * 1024, 500);
	}
}
