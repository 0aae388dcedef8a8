package vn.ntm.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.Summary;
import vn.ntm.criteria.Tier;
import vn.ntm.dashboard.DashboardProperties;
import vn.ntm.shared.office.XlsxTable;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.UnitLevel;
import vn.ntm.shared.web.Formats;
import vn.ntm.shared.Period;

/** The province (or district) overview: headline figures, the districts, and the trend over periods. */
@Controller
class OverviewController {

	static final String VIEW = "dashboard/overview";

	private final Assessments assessments;
	private final Scope scope;
	private final DashboardProperties properties;
	private final Formats formats;
	private final org.springframework.context.MessageSource messages;

	OverviewController(Assessments assessments, Scope scope, DashboardProperties properties, Formats formats,
			org.springframework.context.MessageSource messages) {
		this.assessments = assessments;
		this.scope = scope;
		this.properties = properties;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/overview")
	String overview(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			Model model) {
		Period p = Scope.period(period, properties.defaultPeriod());
		String code = unit == null || unit.isBlank() ? scope.home().orElse("62") : unit;
		AdministrativeUnit area = scope.readable(code, p);
		if (area.level() == UnitLevel.COMMUNE || area.level() == UnitLevel.VILLAGE) {
			return "redirect:/units/" + area.code() + "?period=" + p;
		}
		Summary summary = assessments.summary(area.code(), p);
		List<Summary.Line> districts = new ArrayList<>(summary.districts());
		districts.sort(order(sort, dir));
		List<Trend> trend = new ArrayList<>();
		for (String text : properties.periods()) {
			Summary s = assessments.summary(area.code(), Period.parse(text));
			trend.add(new Trend(text, s.averageCriteriaMet(), s.meetingAllCriteria(), s.recognised()));
		}
		model.addAttribute("chartLabels", trend.stream().map(t -> formats.period(t.period()))
			.collect(Collectors.joining("|")));
		model.addAttribute("chartAverages", trend.stream().map(t -> t.average().toPlainString())
			.collect(Collectors.joining("|")));
		model.addAttribute("chartCounts", trend.stream().map(t -> String.valueOf(t.meetingAll()))
			.collect(Collectors.joining("|")));
		String province = area.provinceCode();
		model.addAttribute("area", area);
		model.addAttribute("period", p);
		model.addAttribute("summary", summary);
		model.addAttribute("districts", districts);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("trend", trend);
		model.addAttribute("periods", properties.periods());
		model.addAttribute("provinces", scope.provinces(p.end()));
		model.addAttribute("provinceCode", province);
		model.addAttribute("districtChoices", scope.districts(province, p.end()));
		model.addAttribute("parent", area.level() == UnitLevel.DISTRICT ? area.parentCode() : null);
		return VIEW;
	}

	/** The districts table as it is shown, with the province's own line first, as an Excel sheet. */
	@GetMapping("/overview/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "asc") String dir, java.util.Locale locale) {
		Period p = Scope.period(period, properties.defaultPeriod());
		String code = unit == null || unit.isBlank() ? scope.home().orElse("62") : unit;
		AdministrativeUnit area = scope.readable(code, p);
		Summary summary = assessments.summary(area.code(), p);
		List<Summary.Line> districts = new ArrayList<>(summary.districts());
		districts.sort(order(sort, dir));
		java.util.function.Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
		XlsxTable table = XlsxTable.titled(messages.getMessage("dashboard.overview.heading",
				new Object[] { area.name(), formats.period(p.toString()) }, locale))
			.sheet(text.apply("dashboard.districts.heading"))
			.column(text.apply("dashboard.districts.name"), XlsxTable.Type.TEXT, 28)
			.column(text.apply("dashboard.districts.inScope"), XlsxTable.Type.INTEGER)
			.column(text.apply("dashboard.districts.allMet"), XlsxTable.Type.INTEGER)
			.column(text.apply("dashboard.districts.average"), XlsxTable.Type.DECIMAL)
			.column(text.apply("dashboard.districts.recognised"), XlsxTable.Type.INTEGER);
		for (Tier tier : Tier.values()) {
			table.column(messages.getMessage("criteria.tier." + tier.name(), null, tier.name(), locale),
					XlsxTable.Type.INTEGER);
		}
		List<List<?>> rows = new ArrayList<>();
		rows.add(row(summary.unitName(), summary.communesInScope(), summary.meetingAllCriteria(),
				summary.averageCriteriaMet(), summary.recognised(), summary.recognisedByTier()));
		for (Summary.Line d : districts) {
			rows.add(row(d.unitName(), d.communesInScope(), d.meetingAllCriteria(), d.averageCriteriaMet(),
					d.recognised(), d.recognisedByTier()));
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		table.write(out, rows);
		String name = "tong-quan-" + area.code() + "-" + p + ".xlsx";
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

	private static List<?> row(String name, int inScope, int allMet, BigDecimal average, int recognised,
			java.util.Map<Tier, Integer> byTier) {
		List<Object> row = new ArrayList<>(List.of(name, inScope, allMet, average, recognised));
		for (Tier tier : Tier.values()) {
			row.add(byTier.getOrDefault(tier, 0));
		}
		return row;
	}

	/** One point of the trend chart. */
	record Trend(String period, BigDecimal average, int meetingAll, int recognised) {
	}

	static Comparator<Summary.Line> order(String sort, String dir) {
		Comparator<Summary.Line> c = switch (sort) {
			case "inScope" -> Comparator.comparingInt(Summary.Line::communesInScope);
			case "allMet" -> Comparator.comparingInt(Summary.Line::meetingAllCriteria);
			case "recognised" -> Comparator.comparingInt(Summary.Line::recognised);
			case "average" -> Comparator.comparing(Summary.Line::averageCriteriaMet);
			default -> Comparator.comparing(Summary.Line::unitName, MatrixController.VIETNAMESE);
		};
		return "desc".equals(dir) ? c.reversed() : c;
	}
}
