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

	OverviewController(Assessments assessments, Scope scope, DashboardProperties properties, Formats formats) {
		this.assessments = assessments;
		this.scope = scope;
		this.properties = properties;
		this.formats = formats;
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
