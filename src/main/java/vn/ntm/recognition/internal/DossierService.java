package vn.ntm.recognition.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.criteria.Tier;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierStep;
import vn.ntm.recognition.DossierView;
import vn.ntm.recognition.Dossiers;

@Service
class DossierService implements Dossiers {

	private final OpenDossier open;
	private final TakeDossierStep take;
	private final ReadDossiers read;

	DossierService(OpenDossier open, TakeDossierStep take, ReadDossiers read) {
		this.open = open;
		this.take = take;
		this.read = read;
	}

	@Override
	@Transactional
	public Dossier open(String unitCode, Tier tier, int year) {
		return open.open(unitCode, tier, year);
	}

	@Override
	@Transactional
	public Dossier take(long id, StepRequest request) {
		return take.take(id, request);
	}

	@Override
	@Transactional
	public Dossier attach(long id, Attachment attachment) {
		return take.attach(id, attachment);
	}

	@Override
	public Optional<Dossier> find(long id) {
		return read.find(id);
	}

	@Override
	public List<Dossier> list(String unitCode, Tier tier, Integer year, DossierStep step) {
		return read.list(unitCode, tier, year, step);
	}

	@Override
	public DossierView view(long id) {
		Dossier d = read.readableOrRefused(id);
		return read.view(id, take.required(d));
	}

	@Override
	public Optional<byte[]> document(long dossierId, long documentId) {
		return read.document(dossierId, documentId);
	}
}
