package vn.motcua.forecast;

/**
 * How fast a department gets dossiers off its desk: the stays it closed per working day over the recent weeks,
 * and the handlers it has now. With no closed stay in the window (a new department, a quiet spell) the pace is
 * what its handlers would do at the configured rate per person, so a department without history is neither
 * idle nor infinitely fast.
 *
 * @param department the department's code
 * @param observedPerDay stays closed per working day over the window; 0 when none were
 * @param handlers handlers of the department now
 * @param defaultPerHandlerPerDay the rate per handler assumed where there is no history
 */
public record DepartmentPace(String department, double observedPerDay, int handlers, double defaultPerHandlerPerDay) {

    /** Dossiers a working day, as the department works now. */
    public double perDay() {
        return observedPerDay > 0 ? observedPerDay : handlers * defaultPerHandlerPerDay;
    }

    /**
     * The pace with {@code extraHandlers} more (or fewer) people: each handler is taken to do the department's
     * present share per person. A department brought to no handler stops.
     */
    public double perDayWith(int extraHandlers) {
        if (extraHandlers == 0) {
            return perDay();
        }
        int after = Math.max(0, handlers + extraHandlers);
        double perHandler = handlers > 0 && observedPerDay > 0 ? observedPerDay / handlers : defaultPerHandlerPerDay;
        return after * perHandler;
    }
}
