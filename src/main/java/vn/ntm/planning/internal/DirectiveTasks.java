package vn.ntm.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntm.planning.DirectiveReading.TaskDraft;

/**
 * The duties of a directive, paragraph by paragraph, read on the {@link DirectiveText#shadow}. Two shapes: a
 * heading naming an organization ("1. Sở Nông nghiệp và PTNT:") whose items are its tasks, and a sentence naming
 * who leads and who supports ("Sở Nông nghiệp và PTNT chủ trì, phối hợp với Sở Tài chính hướng dẫn …"). A
 * paragraph is a task when it has an owner and an action, or states a deadline.
 */
final class DirectiveTasks {

	private static final Pattern MARKER = Pattern.compile("^(?:[-–•*+]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s*|\\p{Ll}\\)\\s*)");
	/** An organization opening a heading or a sentence, with the words that hand it the task before it. */
	private static final Pattern ORGANIZATION = Pattern.compile("^(?:(?:giao|de nghi|yeu cau)\\s+)?(?:cac\\s+)?"
			+ "(?:so(?! luong| lieu)|ubnd|uy ban|van phong|ban(?! hanh)|cong an|bo chi huy|dai|bao(?! cao| dam)|hoi|mat tran|lien minh|tinh doan|kho bac"
			+ "|ngan hang|cuc|chi cuc|thu truong|giam doc|chu tich|dang uy|huyen uy|thanh uy|co quan|phong)\\b");
	private static final Pattern HANDED = Pattern.compile("^(?:(?:giao|de nghi|yeu cau)\\s+)");
	private static final Pattern LEADS = Pattern.compile("\\s*,?\\s*\\b[c]hu tri\\b\\s*,?\\s*");
	private static final Pattern SUPPORTS = Pattern.compile("^(?:va\\s+)?phoi hop(?:\\s+chat che)?(?:\\s+voi)?\\s+");
	/** The verbs that begin the action of a duty. */
	private static final Pattern ACTION = Pattern.compile("\\b(?:tham muu|huong dan|xay dung|to chuc|trien khai|kiem tra"
			+ "|ra soat|don doc|thuc hien|tong hop|bao cao|(?<!chuong )trinh|de xuat|(?<!ban )chi dao|hoan thanh|tham dinh|lap|ban hanh"
			+ "|theo doi|danh gia|cung co|day manh|tap trung|bo tri|phan bo|huy dong|uu tien|tiep tuc|chu dong|nghien cuu"
			+ "|giam sat|tuyen truyen|phoi hop|cap nhat|xu ly|hoan thien|quan ly|bao dam|dam bao)\\b");
	/** A second organization in a list: "và" before an organization word splits, inside a name it does not. */
	private static final Pattern ORGANIZATION_SEPARATOR = Pattern.compile(
			"\\s*,\\s*|\\s+va\\s+(?=cac\\s|(?:so|ubnd|uy ban|van phong|ban|cong an|bo chi huy|hoi|mat tran|kho bac|ngan hang|cuc)\\b)");
	private static final Pattern TARGET_SENTENCE = Pattern.compile("^phan dau\\b");
	/** The national motto and the number line of the header, which OCR runs into one paragraph. */
	private static final Pattern HEADER = Pattern.compile("cong hoa xa hoi|doc lap\\W+tu do|\\bso\\s*[:.]\\s*\\d");

	private DirectiveTasks() {
	}

	static List<TaskDraft> read(List<String> paragraphs) {
		List<TaskDraft> tasks = new ArrayList<>();
		String owner = null;
		for (String raw : paragraphs) {
			String paragraph = raw.substring(markerEnd(raw)).strip();
			String shadow = DirectiveText.shadow(paragraph);
			if (paragraph.isEmpty() || TARGET_SENTENCE.matcher(shadow).find() || HEADER.matcher(shadow).find()) {
				continue;
			}
			if (paragraph.endsWith(":") && paragraph.length() < 200) {
				owner = ORGANIZATION.matcher(shadow).find() ? strip(paragraph.substring(0, paragraph.length() - 1)) : null;
				continue;
			}
			if (paragraph.equals(paragraph.toUpperCase())) {
				owner = null; // a section heading ("II. NHIỆM VỤ VÀ GIẢI PHÁP") ends the items of an organization
				continue;
			}
			TaskDraft task = task(paragraph, shadow, owner);
			if (task != null) {
				tasks.add(task);
			}
		}
		return tasks;
	}

	private static TaskDraft task(String paragraph, String shadow, String owner) {
		List<String> responsible = new ArrayList<>();
		List<String> support = new ArrayList<>();
		int actionFrom = 0;
		Matcher leads = LEADS.matcher(shadow);
		if (leads.find()) {
			String who = paragraph.substring(cut(shadow, HANDED), leads.start());
			responsible.addAll(organizations(who, DirectiveText.shadow(who)));
			actionFrom = leads.end();
			Matcher s = SUPPORTS.matcher(shadow.substring(actionFrom));
			if (s.find()) {
				int supportFrom = actionFrom + s.end();
				int supportTo = actionAt(shadow, supportFrom);
				String with = paragraph.substring(supportFrom, supportTo);
				support.addAll(organizations(with, DirectiveText.shadow(with)));
				actionFrom = supportTo;
			}
		}
		else if (ORGANIZATION.matcher(shadow).find()) {
			int to = actionAt(shadow, 0);
			if (to < shadow.length()) {
				String who = paragraph.substring(cut(shadow, HANDED), to);
				responsible.addAll(organizations(who, DirectiveText.shadow(who)));
				actionFrom = to;
			}
		}
		if (responsible.isEmpty() && owner != null) {
			responsible.add(owner);
		}
		String rest = shadow.substring(actionFrom);
		var deadline = DirectiveDates.deadline(rest).orElse(null);
		var recurrence = DirectiveDates.recurrence(rest).orElse(null);
		boolean hasAction = ACTION.matcher(rest).find();
		if (responsible.isEmpty() ? deadline == null && recurrence == null : !hasAction && deadline == null) {
			return null;
		}
		String action = strip(paragraph.substring(actionFrom));
		if (!action.isEmpty()) {
			action = Character.toUpperCase(action.charAt(0)) + action.substring(1);
		}
		return new TaskDraft(action, List.copyOf(responsible), List.copyOf(support), deadline, recurrence);
	}

	/** Where the action begins at or after {@code from}: the first action verb, else the end. */
	private static int actionAt(String shadow, int from) {
		Matcher m = ACTION.matcher(shadow);
		return m.find(from) ? m.start() : shadow.length();
	}

	private static List<String> organizations(String text, String shadow) {
		List<String> names = new ArrayList<>();
		int from = 0;
		Matcher m = ORGANIZATION_SEPARATOR.matcher(shadow);
		while (m.find()) {
			add(names, text.substring(from, m.start()));
			from = m.end();
		}
		add(names, text.substring(from));
		return names;
	}

	private static void add(List<String> names, String name) {
		String stripped = strip(name);
		if (!stripped.isEmpty()) {
			names.add(stripped);
		}
	}

	private static int cut(String shadow, Pattern prefix) {
		Matcher m = prefix.matcher(shadow);
		return m.find() ? m.end() : 0;
	}

	private static int markerEnd(String paragraph) {
		Matcher m = MARKER.matcher(paragraph);
		return m.find() ? m.end() : 0;
	}

	private static String strip(String text) {
		return text.replaceAll("^[\\s,.;:\\-–]+|[\\s,;:\\-–]+$", "");
	}
}
