export * from './format';
export * from './errors';
export { passphraseSealer, serverKeySealer, generateNetworkKey, importNetworkKey, keyIdOf, type NetworkKey, type HandoffSecret, type Sealer } from './crypto';
export { createHandoffFile, openHandoffFile, readHandoffEnvelope, type HandoffSource } from './handoffFile';
export * from './api';
