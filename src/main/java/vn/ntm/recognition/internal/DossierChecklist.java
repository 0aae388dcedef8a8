package vn.ntm.recognition.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.ntm.criteria.Tier;
import vn.ntm.geography.UnitLevel;
import vn.ntm.recognition.ChecklistItem;

/** The required documents of a dossier, per tier and unit level, read once from {@code recognition/dossier-checklist.yaml}. */
public final class DossierChecklist {

	static final String RESOURCE = "/recognition/dossier-checklist.yaml";

	private final List<ChecklistItem> items;

	public DossierChecklist(List<ChecklistItem> items) {
		this.items = List.copyOf(items);
	}

	public static DossierChecklist load() {
		try (InputStream in = DossierChecklist.class.getResourceAsStream(RESOURCE)) {
			return read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static DossierChecklist read(InputStream in) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		List<ChecklistItem> items = new ArrayList<>();
		for (Map<String, Object> m : (List<Map<String, Object>>) root.get("items")) {
			items.add(new ChecklistItem((String) m.get("code"), (String) m.get("name_vi"), (String) m.get("name_en"),
					enums(m.get("tiers"), Tier.class), enums(m.get("levels"), UnitLevel.class),
					(String) m.get("legal_basis"), Boolean.TRUE.equals(m.get("verified")),
					Boolean.TRUE.equals(m.get("generated"))));
		}
		return new DossierChecklist(items);
	}

	private static <E extends Enum<E>> Set<E> enums(Object list, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		for (Object o : (List<?>) list) {
			set.add(Enum.valueOf(type, o.toString().toUpperCase(Locale.ROOT)));
		}
		return set;
	}

	public List<ChecklistItem> all() {
		return items;
	}

	/** The items a dossier of this tier for a unit of this level must hold. */
	public List<ChecklistItem> required(Tier tier, UnitLevel level) {
		return items.stream().filter(i -> i.appliesTo(tier, level)).toList();
	}
}
