package vn.ntm.assessment.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.BatchResult;
import vn.ntm.assessment.CommuneRow;
import vn.ntm.assessment.RecordResult;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.Summary;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.assessment.UnitValues;
import vn.ntm.assessment.ValueInput;
import vn.ntm.shared.Period;

/** The module's entry point for the other modules: each operation is one use case or read model of its own. */
@Service
class AssessmentService implements Assessments {

	private final RecordUnitValues recording;
	private final CommuneStatus status;
	private final UnitSummary summary;
	private final StatusMatrix matrix;
	private final ValueHistory values;
	private final StatusReadModel readModel;

	AssessmentService(RecordUnitValues recording, CommuneStatus status, UnitSummary summary, StatusMatrix matrix,
			ValueHistory values, StatusReadModel readModel) {
		this.recording = recording;
		this.status = status;
		this.summary = summary;
		this.matrix = matrix;
		this.values = values;
		this.readModel = readModel;
	}

	// overridden, not left to the interface's default: a default method runs on the target, outside the proxy's
	// transaction, and the status read model listens only after a commit
	@Override
	@Transactional
	public RecordResult record(String unitCode, String period, String setCode, List<ValueInput> inputs,
			String source) {
		return recording.record(unitCode, period, setCode, inputs, source, null);
	}

	@Override
	@Transactional
	public RecordResult record(String unitCode, String period, String setCode, List<ValueInput> inputs,
			String source, String ifMatch) {
		return recording.record(unitCode, period, setCode, inputs, source, ifMatch);
	}

	@Override
	@Transactional
	public BatchResult recordAll(String batchId, List<UnitValues> units, String source) {
		return recording.recordAll(batchId, units, source);
	}

	@Override
	public UnitStatus status(String unitCode, Period period, String setCode) {
		return status.status(unitCode, period, setCode);
	}

	@Override
	public Summary summary(String unitCode, Period period) {
		return summary.summary(unitCode, period);
	}

	@Override
	public List<CommuneRow> matrix(String unitCode, Period period) {
		return matrix.matrix(unitCode, period);
	}

	@Override
	public List<RecordedValue> values(String unitCode, Period period, String setCode) {
		return values.values(unitCode, period, setCode);
	}

	@Override
	public Map<String, Map<String, RecordedValue>> valuesInForce(List<String> unitCodes, Period period,
			String setCode) {
		return values.valuesInForce(unitCodes, period, setCode);
	}

	@Override
	public List<ValueChange> history(String unitCode, String setCode, String indicatorCode) {
		return values.history(unitCode, setCode, indicatorCode);
	}

	@Override
	public int reevaluate(String setCode) {
		return readModel.reevaluate(setCode);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Period> periodsWithData(String unitCode) {
		return summary.periodsWithData(unitCode);
	}
}
