package vn.ntm.exchange.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;
import vn.ntm.shared.office.XlsxTable;

/** A user downloads the values template of their scope, or the values in force as a plain table. */
@Service
public class DownloadValues {

	private final ResolveScope scopes;
	private final ValuesInForce valuesInForce;
	private final Geography geography;
	private final Access access;
	private final ExchangeTexts texts;
	private final Clock clock;

	DownloadValues(ResolveScope scopes, ValuesInForce valuesInForce, Geography geography, Access access,
			ExchangeTexts texts, Clock clock) {
		this.scopes = scopes;
		this.valuesInForce = valuesInForce;
		this.geography = geography;
		this.access = access;
		this.texts = texts;
		this.clock = clock;
	}

	/** Refuses an unknown area, one outside the user's scope or a period without a set, before streaming starts. */
	public Scope scope(String unitCode, Period period) {
		return scopes.of(unitCode, period);
	}

	@Transactional(readOnly = true)
	public void writeTemplate(String unitCode, Period period, OutputStream out) {
		Scope scope = scopes.of(unitCode, period);
		Map<String, Map<String, IndicatorValue>> current = valuesInForce.of(scope);
		List<ValuesTemplate.CommuneLine> lines = scope.communes().stream()
			.map(c -> new ValuesTemplate.CommuneLine(c, scope.districtNames().getOrDefault(c.parentCode(), ""),
					current.get(c.code()), geography.communeGroup(c.code(), period.end()).orElse(null)))
			.toList();
		new ValuesTemplate(texts::label).write(new ValuesTemplate.Content(scope.area(), period, scope.set(),
				scope.indicators(), lines, access.currentUsername(), OffsetDateTime.now(clock)), out);
	}

	/** Every commune's values in force, one row each, as a plain table. */
	@Transactional(readOnly = true)
	public void writeValues(String unitCode, Period period, OutputStream out) {
		Scope scope = scopes.of(unitCode, period);
		Map<String, Map<String, IndicatorValue>> current = valuesInForce.of(scope);
		XlsxTable table = XlsxTable.titled(texts.label("export-title").formatted(scope.area().name(), period))
			.subtitle(scope.set().nameVi())
			.sheet(texts.label("sheet.data"))
			.column(texts.label("unit-code"), XlsxTable.Type.TEXT, 9)
			.column(texts.label("unit-name"), XlsxTable.Type.TEXT, 26)
			.column(texts.label("district"), XlsxTable.Type.TEXT, 22);
		for (Indicator i : scope.indicators()) {
			table.column(i.unit() == null ? i.code() : i.code() + " (" + i.unit() + ")",
					ValuesTemplate.isNumeric(i) ? XlsxTable.Type.DECIMAL : XlsxTable.Type.TEXT, 12);
		}
		List<List<?>> rows = new ArrayList<>();
		for (AdministrativeUnit c : scope.communes()) {
			List<Object> row = new ArrayList<>();
			row.add(c.code());
			row.add(c.name());
			row.add(scope.districtNames().getOrDefault(c.parentCode(), ""));
			for (Indicator i : scope.indicators()) {
				IndicatorValue v = current.get(c.code()).get(i.code());
				row.add(v == null ? null : v.number() != null ? v.number() : v.text());
			}
			rows.add(row);
		}
		table.write(out, rows);
	}
}
