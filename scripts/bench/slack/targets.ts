// The two apps the Slack benchmark compares (shared by the driver and the orchestrator; the
// driver script runs when imported, so the orchestrator imports only this).
export const TARGETS = ['connectnote', 'bare'] as const;
export type Target = (typeof TARGETS)[number];
