package vn.ntm.dashboard.web;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ntm.assessment.CommuneRow;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.shared.office.XlsxTable;
import vn.ntm.shared.platform.Messages;

/** The matrix as an Excel sheet with Vietnamese headings: one row per commune, one column per criterion. */
@Component
class MatrixWorkbook {

	private final Messages messages;

	MatrixWorkbook(Messages messages) {
		this.messages = messages;
	}

	private String text(String key, Object... args) {
		return messages.vietnamese(key, args);
	}

	void write(MatrixPages.Matrix m, OutputStream out) {
		XlsxTable table = XlsxTable.titled(text("dashboard.export.title", m.area().name(), m.period().toString()))
			.subtitle(text("dashboard.matrix.count", m.rows().size()))
			.sheet(text("dashboard.export.sheet"))
			.column(text("dashboard.matrix.code"), XlsxTable.Type.TEXT)
			.column(text("dashboard.matrix.commune"), XlsxTable.Type.TEXT, 22)
			.column(text("dashboard.matrix.district"), XlsxTable.Type.TEXT, 22)
			.column(text("dashboard.matrix.met"), XlsxTable.Type.INTEGER)
			.column(text("dashboard.matrix.all-met"), XlsxTable.Type.TEXT)
			.column(text("dashboard.matrix.recognised"), XlsxTable.Type.TEXT);
		for (Criterion c : m.criteria()) {
			table.column(c.number() + ". " + c.nameVi(), XlsxTable.Type.TEXT);
		}
		List<List<?>> rows = new ArrayList<>();
		for (CommuneRow row : m.rows()) {
			List<Object> cells = new ArrayList<>(List.of(row.unitCode(), row.unitName(), row.districtName(),
					row.criteriaMet(), text(row.allMet() ? "dashboard.yes" : "dashboard.no"),
					row.recognisedTier() == null ? "" : text("dashboard.tier." + row.recognisedTier())));
			for (Criterion criterion : m.criteria()) {
				IndicatorStatus s = row.criteria().getOrDefault(criterion.number(), IndicatorStatus.NO_DATA);
				cells.add(text("dashboard.status." + s));
			}
			rows.add(cells);
		}
		table.write(out, rows);
	}
}
