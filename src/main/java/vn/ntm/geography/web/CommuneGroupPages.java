package vn.ntm.geography.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.CommuneGroups;
import vn.ntm.geography.CommuneGroupsRejected;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.platform.Messages;

/**
 * The coordination office (or a system admin) records its province's commune groups from its grouping decision, as
 * an Excel sheet. Authorized through the identity module's {@code access} bean by name: identity reads geography, so
 * geography does not depend on it at compile time.
 */
@Controller
class CommuneGroupPages {

	static final String VIEW = "geography/commune-groups";

	private final CommuneGroups groups;
	private final Geography geography;
	private final Messages messages;
	private final Clock clock;

	CommuneGroupPages(CommuneGroups groups, Geography geography, Messages messages, Clock clock) {
		this.groups = groups;
		this.geography = geography;
		this.messages = messages;
		this.clock = clock;
	}

	/** A recorded row with the commune's name. */
	record Line(String code, String name, CommuneGroups.CommuneGroup group) {
	}

	@GetMapping("/geography/commune-groups")
	@PreAuthorize("@access.canManage(#province)")
	String page(@RequestParam String province, Model model) {
		return show(province, model, null);
	}

	@GetMapping("/geography/commune-groups/template.xlsx")
	@PreAuthorize("@access.canManage(#province)")
	ResponseEntity<byte[]> template(@RequestParam String province) {
		AdministrativeUnit unit = province(province);
		LocalDate today = LocalDate.now(clock);
		Map<String, CommuneGroups.CommuneGroup> current = groups.ofProvince(province).stream()
			.filter(g -> g.validOn(today)).collect(Collectors.toMap(CommuneGroups.CommuneGroup::unitCode,
					Function.identity(), (a, b) -> b));
		List<List<?>> rows = new ArrayList<>();
		for (AdministrativeUnit c : communes(province, today)) {
			Optional<CommuneGroups.CommuneGroup> g = Optional.ofNullable(current.get(c.code()));
			rows.add(List.of(c.code(), c.name(), g.map(CommuneGroups.CommuneGroup::groupCode).orElse(""),
					g.map(x -> VietnameseFormat.date(x.validFrom())).orElse(""),
					g.map(CommuneGroups.CommuneGroup::document).orElse("")));
		}
		List<String> headers = CommuneGroupWorkbook.columns().stream()
			.map(c -> messages.get("geography.groups.column." + c)).toList();
		byte[] body = CommuneGroupWorkbook.write(messages.get("geography.groups.title", unit.name()),
				messages.get("geography.groups.help"), sheet(), headers, rows);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("phan-nhom-xa-" + province + ".xlsx", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(body);
	}

	@PostMapping("/geography/commune-groups/import")
	@PreAuthorize("@access.canManage(#province)")
	String importSheet(@RequestParam String province, @RequestParam("file") MultipartFile file, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		province(province);
		List<String> problems = new ArrayList<>();
		List<CommuneGroups.Entry> entries = null;
		if (file.isEmpty() || file.getSize() > CommuneGroupWorkbook.MAX_BYTES) {
			problems.add(messages.get("geography.groups.too-large", CommuneGroupWorkbook.MAX_BYTES / (1024 * 1024)));
		}
		else {
			try (var in = file.getInputStream()) {
				entries = CommuneGroupWorkbook.read(in, sheet());
				if (entries == null) {
					problems.add(messages.get("geography.groups.no-sheet", sheet()));
				}
			}
			catch (RuntimeException | IOException e) {
				// not a workbook, or a damaged or hostile one (POI refuses zip bombs)
				problems.add(messages.get("geography.groups.unreadable", file.getOriginalFilename()));
			}
		}
		if (problems.isEmpty()) {
			try {
				List<CommuneGroups.CommuneGroup> stored = groups.record(province, entries, principal.getName());
				redirect.addFlashAttribute("done", stored.size());
				return "redirect:/geography/commune-groups?province=" + province;
			}
			catch (CommuneGroupsRejected e) {
				e.problems().forEach(p -> problems.add(messages.get(p)));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(province, model, problems);
	}

	private String show(String province, Model model, List<String> problems) {
		AdministrativeUnit unit = province(province);
		LocalDate today = LocalDate.now(clock);
		List<Line> lines = groups.ofProvince(province).stream()
			.sorted(Comparator.comparing(CommuneGroups.CommuneGroup::unitCode)
				.thenComparing(CommuneGroups.CommuneGroup::validFrom))
			.map(g -> new Line(g.unitCode(), geography.findLatest(g.unitCode(), g.validFrom())
				.map(AdministrativeUnit::name).orElse(g.unitCode()), g))
			.toList();
		model.addAttribute("province", province);
		model.addAttribute("provinceName", unit.name());
		model.addAttribute("lines", lines);
		model.addAttribute("communes", communes(province, today).size());
		model.addAttribute("problems", problems);
		return VIEW;
	}

	private List<AdministrativeUnit> communes(String province, LocalDate date) {
		return geography.units(province, UnitLevel.COMMUNE, date).stream().filter(AdministrativeUnit::isRuralCommune)
			.sorted(Comparator.comparing(AdministrativeUnit::code)).toList();
	}

	private AdministrativeUnit province(String code) {
		return geography.findLatest(code, LocalDate.now(clock)).filter(u -> u.level() == UnitLevel.PROVINCE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown province " + code));
	}

	/** The sheet's name stays Vietnamese whatever the language, so a template downloaded in one reads in the other. */
	private String sheet() {
		return messages.vietnamese("geography.groups.sheet");
	}
}
