package vn.ntm.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.Summary;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.UnitLevel;
import vn.ntm.shared.Period;
import vn.ntm.shared.office.XlsxTable;
import vn.ntm.shared.platform.Messages;
import vn.ntm.shared.web.Formats;

/** The province (or district) overview: headline figures, the districts, and the trend over periods. */
@Controller
class OverviewPages {

	static final String VIEW = "dashboard/overview";

	private final Assessments assessments;
	private final DashboardScope scope;
	private final DashboardPeriods periods;
	private final Formats formats;
	private final Messages messages;

	OverviewPages(Assessments assessments, DashboardScope scope, DashboardPeriods periods, Formats formats,
			Messages messages) {
		this.assessments = assessments;
		this.scope = scope;
		this.periods = periods;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/overview")
	String overview(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			Model model) {
		Optional<String> code = areaCode(unit);
		if (code.isEmpty()) {
			return scope.chooseProvince("/overview", model);
		}
		Period p = periods.chosen(period, code.get());
		AdministrativeUnit area = scope.readable(code.get(), p);
		if (area.level() == UnitLevel.COMMUNE || area.level() == UnitLevel.VILLAGE) {
			return "redirect:/units/" + area.code() + "?period=" + p;
		}
		Summary summary = assessments.summary(area.code(), p);
		List<Summary.Line> districts = new ArrayList<>(summary.districts());
		districts.sort(order(sort, dir));
		List<Trend> trend = new ArrayList<>();
		for (Period point : periods.all(area.code())) {
			Summary s = assessments.summary(area.code(), point);
			trend.add(new Trend(point.toString(), s.averageCriteriaMet(), s.meetingAllCriteria(), s.recognised()));
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
		model.addAttribute("periods", periods.labels(area.code()));
		model.addAttribute("provinces", scope.provinces(p.end()));
		model.addAttribute("provinceCode", province);
		model.addAttribute("districtChoices", scope.districts(province, p.end()));
		model.addAttribute("parent", area.level() == UnitLevel.DISTRICT ? area.parentCode() : null);
		return VIEW;
	}

	/** The unit asked for, else where the user starts; none: the user reads several provinces and must choose. */
	private Optional<String> areaCode(String unit) {
		return unit == null || unit.isBlank() ? scope.home() : Optional.of(unit.strip());
	}

	/** The districts table as it is shown, with the province's own line first, as an Excel sheet. */
	@GetMapping("/overview/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "asc") String dir) {
		String code = areaCode(unit).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"no unit chosen"));
		Period p = periods.chosen(period, code);
		AdministrativeUnit area = scope.readable(code, p);
		Summary summary = assessments.summary(area.code(), p);
		List<Summary.Line> districts = new ArrayList<>(summary.districts());
		districts.sort(order(sort, dir));
		XlsxTable table = XlsxTable.titled(messages.get("dashboard.overview.heading", area.name(),
				formats.period(p.toString())))
			.sheet(messages.get("dashboard.districts.heading"))
			.column(messages.get("dashboard.districts.name"), XlsxTable.Type.TEXT, 28)
			.column(messages.get("dashboard.districts.inScope"), XlsxTable.Type.INTEGER)
			.column(messages.get("dashboard.districts.allMet"), XlsxTable.Type.INTEGER)
			.column(messages.get("dashboard.districts.average"), XlsxTable.Type.DECIMAL)
			.column(messages.get("dashboard.districts.recognised"), XlsxTable.Type.INTEGER);
		for (Tier tier : Tier.values()) {
			table.column(messages.get("criteria.tier." + tier.name()), XlsxTable.Type.INTEGER);
		}
		List<List<?>> rows = new ArrayList<>();
		rows.add(row(summary.unitName(), summary.communesInScope(), summary.meetingAllCriteria(),
				summary.averageCriteriaMet(), summary.recognised(), summary.recognisedByTier()));
		for (Summary.Line d : districts) {
			rows.add(row(d.unitName(), d.communesInScope(), d.meetingAllCriteria(), d.averageCriteriaMet(),
					d.recognised(), d.recognisedByTier()));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table.write(out, rows);
		return xlsx("tong-quan-" + area.code() + "-" + p + ".xlsx", out.toByteArray());
	}

	static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MatrixPages.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private static List<?> row(String name, int inScope, int allMet, BigDecimal average, int recognised,
			Map<Tier, Integer> byTier) {
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
			default -> Comparator.comparing(Summary.Line::unitName, MatrixPages.VIETNAMESE);
		};
		return "desc".equals(dir) ? c.reversed() : c;
	}
}
