package vn.motcua.dossier;

import vn.motcua.common.InvalidFieldException;
import vn.motcua.procedure.Procedure;

/** How the fee was paid; CASHLESS counts for the cashless-payment indicator. */
public enum PaymentMethod {
    CASH,
    CASHLESS,
    NONE;

    /**
     * The payment method a dossier of this procedure may have (docs/domain.md, "Fee and payment"): {@code NONE}
     * without a fee; with one, {@code CASH} or {@code CASHLESS}, which the desk must know when it receives the dossier
     * (the receipt fixes what the citizen owes). Before the receipt it may be unknown ({@code null}): an online
     * dossier waiting for its completeness check.
     *
     * @param atReceipt whether the dossier is received now
     * @throws InvalidFieldException naming {@code paymentMethod} when the method does not fit the fee
     */
    static PaymentMethod checked(PaymentMethod requested, Procedure procedure, boolean atReceipt) {
        if (!procedure.hasFee()) {
            if (requested != null && requested != NONE) {
                throw new InvalidFieldException("paymentMethod", "this procedure has no fee");
            }
            return NONE;
        }
        if (requested == NONE || (requested == null && atReceipt)) {
            throw new InvalidFieldException(
                    "paymentMethod",
                    "must be CASH or CASHLESS: this procedure has a fee of "
                            + procedure.fee().toPlainString() + " đồng");
        }
        return requested;
    }
}
