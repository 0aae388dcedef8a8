package vn.ntm.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.CommuneRow;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.shared.Period;

/** The commune × criteria matrix of a province or district, filtered and sorted, and its Excel export. */
@Controller
class MatrixPages {

	static final String VIEW = "dashboard/matrix";
	static final Collator VIETNAMESE = Collator.getInstance(Locale.of("vi"));
	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Assessments assessments;
	private final CriteriaSets criteriaSets;
	private final DashboardScope scope;
	private final DashboardPeriods periods;
	private final MatrixWorkbook workbook;

	MatrixPages(Assessments assessments, CriteriaSets criteriaSets, DashboardScope scope, DashboardPeriods periods,
			MatrixWorkbook workbook) {
		this.assessments = assessments;
		this.criteriaSets = criteriaSets;
		this.scope = scope;
		this.periods = periods;
		this.workbook = workbook;
	}

	/** The filters of the matrix, as query parameters. */
	record Filter(String unit, String period, String district, String tier, String met, String sort, String dir) {

		Predicate<CommuneRow> predicate() {
			Predicate<CommuneRow> p = r -> true;
			if (district != null && !district.isBlank()) {
				p = p.and(r -> district.equals(r.districtCode()));
			}
			if ("NONE".equals(tier)) {
				p = p.and(r -> r.recognisedTier() == null);
			}
			else if (tier != null && !tier.isBlank()) {
				Tier t = Tier.valueOf(tier);
				p = p.and(r -> r.recognisedTier() != null && r.recognisedTier().compareTo(t) >= 0);
			}
			if ("all".equals(met)) {
				p = p.and(CommuneRow::allMet);
			}
			else if ("notall".equals(met)) {
				p = p.and(r -> !r.allMet());
			}
			return p;
		}

		Comparator<CommuneRow> order() {
			Comparator<CommuneRow> c = switch (sort == null ? "" : sort) {
				case "met" -> Comparator.comparingInt(CommuneRow::criteriaMet);
				case "district" -> Comparator.comparing(CommuneRow::districtName, VIETNAMESE)
					.thenComparing(CommuneRow::unitName, VIETNAMESE);
				default -> Comparator.comparing(CommuneRow::unitName, VIETNAMESE);
			};
			return "desc".equals(dir) ? c.reversed() : c;
		}
	}

	record Matrix(AdministrativeUnit area, Period period, List<Criterion> criteria, List<CommuneRow> rows) {
	}

	/** The matrix of the unit asked for, else of where the user starts (none: the user must choose a province). */
	Optional<Matrix> matrix(Filter filter) {
		Optional<String> code = filter.unit() == null || filter.unit().isBlank() ? scope.home()
				: Optional.of(filter.unit().strip());
		if (code.isEmpty()) {
			return Optional.empty();
		}
		Period p = periods.chosen(filter.period(), code.get());
		AdministrativeUnit area = scope.readable(code.get(), p);
		List<CommuneRow> rows = assessments.matrix(area.code(), p).stream()
			.filter(filter.predicate())
			.sorted(filter.order())
			.toList();
		List<Criterion> criteria = criteriaSets.inForce(SetLevel.COMMUNE, p.end(), area.provinceCode()).stream()
			.filter(s -> s.tier() == Tier.STANDARD).findFirst().map(CriteriaSet::criteria).orElse(List.of());
		return Optional.of(new Matrix(area, p, criteria, rows));
	}

	@GetMapping("/matrix")
	String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			@RequestParam(required = false) String district, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String met, @RequestParam(required = false) String target,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			Model model) {
		Filter filter = new Filter(unit, period, district, blankToNull(tier), blankToNull(met), sort, dir);
		Optional<Matrix> found = matrix(filter);
		if (found.isEmpty()) {
			return scope.chooseProvince("/matrix", model);
		}
		Matrix m = found.get();
		model.addAttribute("m", m);
		model.addAttribute("filter", filter);
		model.addAttribute("area", m.area());
		model.addAttribute("period", m.period());
		model.addAttribute("periods", periods.labels(m.area().code()));
		model.addAttribute("districtChoices", scope.districts(m.area().provinceCode(), m.period().end()));
		model.addAttribute("provinces", scope.provinces(m.period().end()));
		model.addAttribute("tiers", Tier.values());
		return VIEW;
	}

	@GetMapping("/matrix/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, @RequestParam(required = false) String district,
			@RequestParam(required = false) String tier, @RequestParam(required = false) String met,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir) {
		Matrix m = matrix(new Filter(unit, period, district, blankToNull(tier), blankToNull(met), sort, dir))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no unit chosen"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(m, out);
		return OverviewPages.xlsx("ma-tran-tieu-chi-" + m.area().code() + "-" + m.period() + ".xlsx",
				out.toByteArray());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
