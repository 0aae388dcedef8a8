package vn.ntm.organization.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ntm.organization.Organizations;
import vn.ntm.organization.OrganizationsRefused;
import vn.ntm.organization.internal.OrganizationProperties;
import vn.ntm.organization.internal.OrganizationTemplate;
import vn.ntm.organization.internal.ProvinceGuard;
import vn.ntm.shared.platform.Messages;

/**
 * The coordination office (or a system administrator) downloads the organization sheet of its province, fills it in
 * and uploads it; a sheet with any bad row is refused as a whole and each problem shown on the list.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationImportPages {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Organizations organizations;
	private final OrganizationTemplate template;
	private final ProvinceGuard guard;
	private final OrganizationProperties properties;
	private final Messages messages;

	OrganizationImportPages(Organizations organizations, OrganizationTemplate template, ProvinceGuard guard,
			OrganizationProperties properties, Messages messages) {
		this.organizations = organizations;
		this.template = template;
		this.guard = guard;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/template.xlsx")
	void template(@RequestParam String province, @RequestParam(required = false) String set,
			HttpServletResponse response) {
		guard.requireManager(province);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"to-chuc-" + province.replaceAll("\\D", "") + ".xlsx\"");
		try {
			template.write(province, set == null || set.isBlank() ? properties.defaultSet() : set,
					response.getOutputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String importSheet(@RequestParam String province, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) {
		guard.requireManager(province);
		try {
			int count = organizations.importWorkbook(province, file.getInputStream());
			redirect.addFlashAttribute("imported", messages.get("organization.import.done", count));
		}
		catch (OrganizationsRefused e) {
			redirect.addFlashAttribute("problems", e.problems().stream().map(messages::get).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/organizations").queryParam("province", province)
			.build().toUriString();
	}
}
