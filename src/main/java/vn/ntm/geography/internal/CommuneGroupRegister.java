package vn.ntm.geography.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.CommuneGroups;
import vn.ntm.geography.CommuneGroupsRecorded;
import vn.ntm.geography.CommuneGroupsRejected;
import vn.ntm.geography.Geography;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/** {@link CommuneGroups}: reads from the {@link CommuneGroupIndex}; records a province's decision in one transaction. */
@Service
class CommuneGroupRegister implements CommuneGroups {

	private final CommuneGroupIndex index;
	private final Geography geography;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CommuneGroupRegister(CommuneGroupIndex index, Geography geography, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.index = index;
		this.geography = geography;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<String> group(String unitCode, LocalDate date) {
		return index.group(unitCode, date);
	}

	@Override
	public List<CommuneGroup> ofProvince(String provinceCode) {
		return index.ofProvince(provinceCode);
	}

	@Override
	@Transactional
	public List<CommuneGroup> record(String provinceCode, List<Entry> entries, String recordedBy) {
		List<Message> problems = new ArrayList<>();
		List<CommuneGroupChecks.Checked> rows = CommuneGroupChecks.check(provinceCode, entries, geography, problems);
		if (!problems.isEmpty()) {
			throw new CommuneGroupsRejected(problems);
		}
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		List<CommuneGroup> stored = new ArrayList<>();
		for (CommuneGroupChecks.Checked row : rows) {
			stored.add(store(provinceCode, row, recordedBy, now));
		}
		index.invalidate();
		events.publishEvent(new CommuneGroupsRecorded(provinceCode,
				stored.stream().map(CommuneGroup::unitCode).distinct().toList()));
		return stored;
	}

	/** Puts the row into the commune's timeline: the stretch it starts inside ends the day before. */
	private CommuneGroup store(String provinceCode, CommuneGroupChecks.Checked row, String recordedBy,
			OffsetDateTime now) {
		List<CommuneGroup> timeline = jdbc.sql("""
				SELECT unit_code, group_code, valid_from, valid_to, document, province_code
				FROM geography_commune_group WHERE unit_code = ? ORDER BY valid_from""").param(row.unitCode())
			.query((rs, n) -> new CommuneGroup(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
			.list();
		Optional<CommuneGroup> same = timeline.stream().filter(g -> g.validFrom().equals(row.validFrom())).findFirst();
		Optional<CommuneGroup> before = timeline.stream().filter(g -> g.validFrom().isBefore(row.validFrom()))
			.reduce((a, b) -> b);
		Optional<CommuneGroup> after = timeline.stream().filter(g -> g.validFrom().isAfter(row.validFrom())).findFirst();
		LocalDate validTo = after.map(g -> g.validFrom().minusDays(1)).orElse(null);
		if (same.isPresent()) {
			jdbc.sql("""
					UPDATE geography_commune_group SET group_code = ?, document = ?, province_code = ?, recorded_by = ?,
					  recorded_at = ? WHERE unit_code = ? AND valid_from = ?""")
				.params(row.groupCode(), row.document(), provinceCode, recordedBy, now, row.unitCode(), row.validFrom())
				.update();
			validTo = same.get().validTo();
		}
		else {
			before.filter(g -> g.validTo() == null || !g.validTo().isBefore(row.validFrom()))
				.ifPresent(g -> jdbc.sql("UPDATE geography_commune_group SET valid_to = ? WHERE unit_code = ? AND valid_from = ?")
					.params(row.validFrom().minusDays(1), g.unitCode(), g.validFrom()).update());
			jdbc.sql("""
					INSERT INTO geography_commune_group (unit_code, group_code, valid_from, valid_to, document,
					  province_code, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(row.unitCode(), row.groupCode(), row.validFrom(), validTo, row.document(), provinceCode,
						recordedBy, now)
				.update();
		}
		String previous = same.or(() -> before).map(CommuneGroup::groupCode).orElse(null);
		events.publishEvent(new AuditEvent("commune-group", row.unitCode() + "/" + row.validFrom(), "import",
				previous == null ? null : "{\"group\":\"" + previous + "\"}",
				"{\"group\":\"" + row.groupCode() + "\",\"document\":\"" + row.document().replace("\"", "'") + "\"}",
				provinceCode));
		return new CommuneGroup(row.unitCode(), row.groupCode(), row.validFrom(), validTo, row.document(), provinceCode);
	}
}
