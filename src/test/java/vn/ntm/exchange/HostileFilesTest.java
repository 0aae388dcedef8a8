package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntm.exchange.internal.ImportLimits;
import vn.ntm.exchange.internal.ImportRefused;
import vn.ntm.exchange.internal.ParsedValues;
import vn.ntm.exchange.internal.WorkbookGuard;

/** Hostile uploads, each generated here: refused with a message, in bounded memory, before or while streaming. */
class HostileFilesTest {

	static final String SHEET = "xl/worksheets/sheet1.xml";
	static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
			<row r="2"><c r="A2" t="inlineStr"><is><t>Mã xã</t></is></c><c r="D2" t="inlineStr"><is><t>2.1</t></is></c></row>
			""";
	static final String TAIL = "</sheetData></worksheet>";

	@TempDir
	Path dir;

	@BeforeAll
	static void poiLimits() {
		WorkbookGuard.configurePoi(ImportLimits.defaults());
	}

	interface Content {
		void write(Writer out) throws IOException;
	}

	/** The template with some parts replaced or added. */
	Path rezip(Map<String, Content> parts) throws IOException {
		Path source = ExchangeFixtures.template(dir);
		Path target = dir.resolve("hostile-" + System.nanoTime() + ".xlsx");
		try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry e = entries.nextElement();
				out.putNextEntry(new ZipEntry(e.getName()));
				if (parts.containsKey(e.getName())) {
					write(out, parts.get(e.getName()));
				}
				else {
					try (InputStream in = zip.getInputStream(e)) {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
			for (Map.Entry<String, Content> p : parts.entrySet()) {
				if (zip.getEntry(p.getKey()) == null) {
					out.putNextEntry(new ZipEntry(p.getKey()));
					write(out, p.getValue());
					out.closeEntry();
				}
			}
		}
		return target;
	}

	private static void write(OutputStream out, Content content) throws IOException {
		Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
		content.write(w);
		w.flush();
	}

	static ParsedValues upload(Path file, String name) {
		WorkbookGuard.check(file, name, ImportLimits.defaults(), ExchangeFixtures.MESSAGES);
		return ExchangeFixtures.reader(ImportLimits.defaults()).read(file,
				ExchangeFixtures.target("/62/", List.of()));
	}

	static ParsedValues parseOnly(Path file) {
		return ExchangeFixtures.reader(ImportLimits.defaults()).read(file,
				ExchangeFixtures.target("/62/", List.of()));
	}

	@Test
	void aZipBombIsRefusedFromTheCentralDirectoryAndAgainByPoiWhileInflating() throws Exception {
		Path bomb = rezip(Map.of(SHEET, out -> {
			out.write(HEAD);
			char[] spaces = new char[1 << 20];
			java.util.Arrays.fill(spaces, ' ');
			for (int i = 0; i < 300; i++) out.write(spaces);
			out.write(TAIL);
		}));
		assertThat(Files.size(bomb)).isLessThan(2_000_000);
		assertThatThrownBy(() -> upload(bomb, "bomb.xlsx")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "zip-bomb").hasMessageContaining("zip bomb");
		// without the first look POI's ZipSecureFile still stops it
		assertThatThrownBy(() -> parseOnly(bomb)).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "zip-bomb");
	}

	@Test
	void externalEntitiesAreNeverResolved() throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "BI-MAT-XXE");
		String doctype = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		Path sheetXxe = rezip(Map.of(SHEET, out -> out.write(doctype + HEAD.substring(HEAD.indexOf("<worksheet"))
				+ "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>23512</t></is></c><c r=\"D6\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
				+ TAIL)));
		assertThatThrownBy(() -> upload(sheetXxe, "x.xlsx")).isInstanceOf(ImportRefused.class)
			.satisfies(e -> assertThat(e.getMessage()).doesNotContain("BI-MAT"));
		Path stringsXxe = rezip(Map.of("xl/sharedStrings.xml", out -> out.write(doctype.replace("worksheet", "sst")
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>")));
		try {
			ParsedValues parsed = upload(stringsXxe, "x.xlsx");
			assertThat(parsed.toString()).doesNotContain("BI-MAT");
		}
		catch (ImportRefused e) {
			assertThat(e.getMessage()).doesNotContain("BI-MAT");
		}
		Path typesXxe = rezip(Map.of("[Content_Types].xml", out -> out.write(doctype.replace("worksheet", "Types")
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"&xxe;\"/></Types>")));
		assertThatThrownBy(() -> upload(typesXxe, "x.xlsx")).isInstanceOf(ImportRefused.class);
	}

	@Test
	void aMillionRowsStopAtTheRowLimitWithAClearMessage() throws Exception {
		Path rows = rezip(Map.of(SHEET, out -> {
			out.write(HEAD);
			for (int r = 6; r < 1_000_006; r++) {
				out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c><c r=\"D" + r + "\"><v>1</v></c></row>");
			}
			out.write(TAIL);
		}));
		long before = usedHeap();
		assertThatThrownBy(() -> upload(rows, "rows.xlsx")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "too-many-rows").hasMessageContaining("20.000");
		assertThat(usedHeap() - before).isLessThan(256L * 1024 * 1024);
	}

	@Test
	void tooManyColumnsAreRefused() throws Exception {
		Path wide = rezip(Map.of(SHEET, out -> out.write(HEAD
				+ "<row r=\"6\"><c r=\"A6\"><v>23512</v></c><c r=\"XFD6\"><v>1</v></c></row>" + TAIL)));
		assertThatThrownBy(() -> upload(wide, "wide.xlsx")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "too-many-columns");
	}

	@Test
	void hugeStringsAreCutAtTheCellLimitAndReportedNotKept() throws Exception {
		Path huge = rezip(Map.of(SHEET, out -> {
			out.write(HEAD + "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>23512</t></is></c><c r=\"D6\" t=\"inlineStr\"><is><t>");
			// random letters: a long string that does not compress like a bomb
			java.util.Random random = new java.util.Random(7);
			char[] block = new char[1 << 16];
			for (int i = 0; i < 32; i++) {
				for (int j = 0; j < block.length; j++) block[j] = (char) ('a' + random.nextInt(26));
				out.write(block);
			}
			out.write("</t></is></c></row>" + TAIL);
		}));
		ParsedValues parsed = upload(huge, "huge.xlsx");
		assertThat(parsed.errors()).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo("text-too-long");
			assertThat(e.message()).contains("dòng 6, cột D");
		});
	}

	@Test
	void aFiveMegabyteCellOfOneRepeatedLetterIsACellTooLongNotAZipBomb() throws Exception {
		Path paste = rezip(Map.of(SHEET, out -> {
			out.write(HEAD + "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>23512</t></is></c><c r=\"E6\" t=\"inlineStr\"><is><t>");
			char[] block = new char[1 << 20];
			java.util.Arrays.fill(block, 'a');
			for (int i = 0; i < 5; i++) out.write(block);
			out.write("</t></is></c></row>" + TAIL);
		}));
		assertThatThrownBy(() -> upload(paste, "paste.xlsx")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "cell-too-long").hasMessageContaining("E6");
	}

	@Test
	void macrosAreRefusedByNameAndByContent() throws Exception {
		Path template = ExchangeFixtures.template(dir);
		assertThatThrownBy(() -> upload(template, "so-lieu.xlsm")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "macro");
		Path vba = rezip(Map.of("xl/vbaProject.bin", out -> out.write("not really vba")));
		assertThatThrownBy(() -> upload(vba, "so-lieu.xlsx")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "macro").hasMessageContaining("macro");
	}

	@Test
	void filesThatAreNotWorkbooksAreRefusedWithAVietnameseMessage() throws Exception {
		Path pdf = dir.resolve("a.xlsx");
		Files.writeString(pdf, "%PDF-1.7 not a workbook");
		assertThatThrownBy(() -> upload(pdf, "a.xlsx")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "not-xlsx").hasMessageContaining("không phải bảng tính Excel");
		Path xls = dir.resolve("b.xls");
		Files.write(xls, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
		assertThatThrownBy(() -> upload(xls, "b.xls")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "legacy-xls");
		Path zip = dir.resolve("c.xlsx");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertThatThrownBy(() -> upload(zip, "c.xlsx")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "not-xlsx");
		Path truncated = dir.resolve("d.xlsx");
		byte[] whole = Files.readAllBytes(ExchangeFixtures.template(dir));
		Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
		assertThatThrownBy(() -> upload(truncated, "d.xlsx")).isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("code", "not-xlsx");
	}

	private static long usedHeap() {
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}
}
