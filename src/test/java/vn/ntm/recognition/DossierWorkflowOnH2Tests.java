package vn.ntm.recognition;

class DossierWorkflowOnH2Tests extends DossierWorkflowContract {
}
