package vn.motcua.forecast;

import java.time.Instant;

/**
 * When a dossier is expected to be ready, and why in one line.
 *
 * @param finishAt the predicted finish; {@code null} when the department holding it has nobody to work it
 * @param late whether that is after the due instant (always, when nobody works it)
 * @param queueAhead dossiers at the same department due before this one
 * @param perDay the department's pace the prediction used, dossiers a working day
 * @param stepsAhead agencies of the chain still to come after this department
 * @param reason the one line shown beside it, in Vietnamese
 */
public record Prediction(
        Instant finishAt, boolean late, int queueAhead, double perDay, int stepsAhead, String reason) {}
