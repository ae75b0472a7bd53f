// Real IndexedDB semantics in Node for the Dexie tests (DESIGN.md §10).
import 'fake-indexeddb/auto';
