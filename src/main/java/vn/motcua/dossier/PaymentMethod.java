package vn.motcua.dossier;

/** How the fee was paid; CASHLESS counts for the cashless-payment indicator. */
public enum PaymentMethod {
    CASH,
    CASHLESS,
    NONE
}
