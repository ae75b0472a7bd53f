// Demo data for a newcomer's first look: a seeded network and its sessions (DESIGN.md §6 `--demo`).
export { DEMO_MARKER, DEMO_NETWORK_ID, demoNetwork, isDemoName } from './network';
export type { DemoCentre, DemoDevice, DemoLocation, DemoNetwork, DemoOrganisation, DemoUser } from './network';
export { generateSessions } from './sessions';
export { countSessions, type GenerateOptions } from './volume';
export { createRng, seedFrom, weightedTable, type Rng, type WeightedTable } from './random';
