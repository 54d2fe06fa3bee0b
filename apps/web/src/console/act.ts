/** Runs a facilitator action, shows its error and refreshes the view (FacilitatorScreen). */
export type Act = (fn: () => Promise<unknown>) => Promise<void>;
