package vn.ntm.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.planning.OrganizationMatch;
import vn.ntm.planning.UnitNameMatch.Status;

/**
 * Matches an organization as a directive names it ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn", "UBND
 * huyện Đăk Hà", "UBND các huyện, thành phố") to the province's organizations. Names are folded (no diacritics),
 * the usual abbreviations spelled out, "tỉnh …" and "Ủy ban nhân dân" dropped; the score is the share of words the
 * two names have in common (Dice). A collective name means all organizations of its kind.
 */
final class OrganizationNames {

	static final double MATCHED = 0.8;
	static final double PLAUSIBLE = 0.6;
	private static final double LEAD = 0.1;

	/** Abbreviations of the sector names, as they are written once "&" and punctuation are spaces. */
	private static final Map<Pattern, String> ABBREVIATIONS = abbreviations(
			"nn va ptnt|nnptnt|nn ptnt", "nong nghiep va phat trien nong thon",
			"kh va dt|khdt|kh dt", "ke hoach va dau tu",
			"gd va dt|gddt|gd dt", "giao duc va dao tao",
			"kh va cn|khcn", "khoa hoc va cong nghe",
			"tn va mt|tnmt", "tai nguyen va moi truong",
			"nn va mt|nnmt", "nong nghiep va moi truong",
			"gtvt|gt vt", "giao thong van tai",
			"vh tt va dl|vhttdl|vh tt dl", "van hoa the thao va du lich",
			"tt va tt|tttt", "thong tin va truyen thong",
			"ld tb va xh|ldtbxh|ld tbxh", "lao dong thuong binh va xa hoi",
			"ptnt", "phat trien nong thon",
			"ntm", "nong thon moi",
			"ubnd", "uy ban nhan dan",
			"vpdp", "van phong dieu phoi",
			"bchqs", "bo chi huy quan su");
	private static final Pattern PROVINCE_TAIL = Pattern.compile("\\s+tinh(\\s.*)?$");
	private static final Pattern COMMITTEE = Pattern.compile("^(?:cac\\s+)?uy ban nhan dan\\s*");
	private static final Pattern DISTRICTS = Pattern.compile("^(?:(?:uy ban nhan dan|chu tich uy ban nhan dan)\\s+)?cac\\s+"
			+ "(?:huyen|thanh pho|thi xa)(?:\\s+(?:thanh pho|thi xa|huyen))*$");
	private static final Pattern COMMUNES = Pattern.compile("^(?:(?:uy ban nhan dan|chu tich uy ban nhan dan)\\s+)?cac\\s+"
			+ "(?:xa|phuong|thi tran)(?:\\s+(?:phuong|thi tran|xa))*$");
	private static final Pattern DEPARTMENTS = Pattern.compile("^cac\\s+so(?:\\s+ban)?(?:\\s+nganh)*(?:\\s+lien quan)?$");
	private static final Set<String> NOISE = Set.of("va", "cac", "tinh");

	private OrganizationNames() {
	}

	private static Map<Pattern, String> abbreviations(String... pairs) {
		Map<Pattern, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(Pattern.compile("\\b(?:" + pairs[i] + ")\\b"), pairs[i + 1]);
		}
		return map;
	}

	static OrganizationMatch match(String text, List<Organization> organizations) {
		String name = normalize(text);
		OrganizationMatch collective = collective(text, name, organizations);
		if (collective != null) {
			return collective;
		}
		Set<String> words = words(name);
		List<OrganizationMatch.Candidate> scored = new ArrayList<>();
		for (Organization o : organizations) {
			double score = dice(words, words(normalize(o.name())));
			if (score > 0) {
				scored.add(new OrganizationMatch.Candidate(List.of(o.id()), o.name(), score));
			}
		}
		scored.sort(Comparator.comparingDouble(OrganizationMatch.Candidate::score).reversed());
		List<OrganizationMatch.Candidate> best = scored.subList(0, Math.min(3, scored.size()));
		double first = best.isEmpty() ? 0 : best.getFirst().score();
		double second = best.size() > 1 ? best.get(1).score() : 0;
		Status status = first >= MATCHED && first - second >= LEAD ? Status.MATCHED
				: first >= PLAUSIBLE ? Status.AMBIGUOUS : Status.NO_MATCH;
		return new OrganizationMatch(text, status, best);
	}

	private static OrganizationMatch collective(String text, String name, List<Organization> organizations) {
		OrganizationKind kind = DISTRICTS.matcher(name).matches() ? OrganizationKind.DISTRICT_COMMITTEE
				: COMMUNES.matcher(name).matches() ? OrganizationKind.COMMUNE_COMMITTEE
						: DEPARTMENTS.matcher(name).matches() ? OrganizationKind.DEPARTMENT : null;
		if (kind == null) {
			return null;
		}
		List<Long> ids = organizations.stream().filter(o -> o.kind() == kind).map(Organization::id).toList();
		if (ids.isEmpty()) {
			return new OrganizationMatch(text, Status.NO_MATCH, List.of());
		}
		return new OrganizationMatch(text, Status.MATCHED, List.of(new OrganizationMatch.Candidate(ids, text, 1.0)));
	}

	/** Folded, abbreviations spelled out, without "tỉnh …" and the "Ủy ban nhân dân" of a committee. */
	static String normalize(String text) {
		String s = DirectiveText.shadow(DirectiveText.repair(text == null ? "" : text)).replace("&", " va ")
			.replaceAll("[^a-z0-9]+", " ").strip();
		for (var e : ABBREVIATIONS.entrySet()) {
			s = e.getKey().matcher(s).replaceAll(e.getValue());
		}
		if (DISTRICTS.matcher(s).matches() || COMMUNES.matcher(s).matches()) {
			return s;
		}
		s = PROVINCE_TAIL.matcher(s).replaceFirst("");
		return COMMITTEE.matcher(s).replaceFirst("").strip();
	}

	private static Set<String> words(String name) {
		Set<String> words = new LinkedHashSet<>();
		for (String w : name.split(" ")) {
			if (!w.isBlank() && !NOISE.contains(w)) {
				words.add(w);
			}
		}
		return words;
	}

	private static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long common = a.stream().filter(b::contains).count();
		return 2.0 * common / (a.size() + b.size());
	}
}
