package vn.ntm.shared;

import java.time.ZoneId;

/**
 * The programme's time zone. Deadlines ("trước ngày 15 hằng tháng") are read in Vietnam's local time whatever the
 * server's zone, so every "now" comes from the application's {@link java.time.Clock}, which runs in this zone.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}
}
