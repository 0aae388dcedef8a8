package vn.ntm.recognition;

class RecognitionDecisionsOnH2Tests extends RecognitionDecisionsContract {
}
