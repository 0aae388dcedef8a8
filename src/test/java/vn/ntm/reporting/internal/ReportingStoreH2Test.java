package vn.ntm.reporting.internal;

class ReportingStoreH2Test extends ReportingStoreContract {
}
