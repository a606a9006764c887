// Real IndexedDB semantics in Node for the Dexie layer.
import 'fake-indexeddb/auto';
