/// Seek-care wording (NHS, NICE CKS "Leg cramps"; README, "Clinical basis"); informs, never diagnoses.
public enum Advice {
    /// For a cramp logged as lasting more than 10 minutes.
    public static let longCramp = """
        A cramp lasting more than 10 minutes that is not easing is a reason to seek medical care now (NHS, NICE CKS). \
        If the leg is also swollen, warm, red or painful, get urgent help; with breathlessness or chest pain, call emergency services.
        """
}
