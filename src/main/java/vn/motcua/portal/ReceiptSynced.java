package vn.motcua.portal;

/**
 * Published inside the transaction that records the portal's acknowledgement of a dossier's receipt status
 * (TrangThaiHoSo 2): from then on the dossier counts as synchronised (Decision 766/QĐ-TTg, công khai, minh bạch).
 */
public record ReceiptSynced(long dossierId) {}
