// Offline logging: writes made during a workout go into an IndexedDB outbox first and are sent from there in
// the order they were made, each with its own Idempotency-Key, so a retry after a lost answer never writes
// twice. A write that the service refuses (4xx) is dropped and reported; one that found no connection stays
// and is retried when the browser is back online.

import { api, ApiError, NetworkError } from './api.js';

const DB = 'overload';
const STORE = 'outbox';
const listeners = new Set();
const sentListeners = new Set();
let flushing = null;
let db = null;

function open() {
  db ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return db;
}

async function transact(mode, work) {
  const database = await open();
  return new Promise((resolve, reject) => {
    const tx = database.transaction(STORE, mode);
    const result = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(result.result);
    tx.onerror = () => reject(tx.error);
  });
}

const first = () => transact('readonly', (store) => store.getAll(null, 1)).then((entries) => entries[0] ?? null);

/** How many writes wait to be sent. */
export const pending = () => transact('readonly', (store) => store.count());

/** Called with the number of waiting writes, and with a refused write's error, whenever they change. */
export function onChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function notify(refused) {
  const count = await pending();
  listeners.forEach((listener) => listener(count, refused));
}

/** Called with each write and the service's answer once it has been sent. */
export function onSent(listener) {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

/** Queues a write ({method, path, body, label}), then tries to send the queue; resolves once it is stored. */
export async function enqueue(write) {
  const entry = { ...write, key: crypto.randomUUID(), queuedAt: new Date().toISOString() };
  await transact('readwrite', (store) => store.add(entry));
  await notify();
  flush();
}

/** Sends waiting writes, oldest first, until the outbox is empty or the connection is gone. */
export function flush() {
  if (!navigator.onLine) return Promise.resolve();
  flushing ??= (async () => {
    try {
      for (let entry = await first(); entry; entry = await first()) {
        let refused = null;
        try {
          const result = await api(entry.method, entry.path, entry.body, { 'Idempotency-Key': entry.key });
          sentListeners.forEach((listener) => listener(entry, result));
        } catch (e) {
          if (e instanceof NetworkError) return;
          if (!(e instanceof ApiError) || e.status >= 500 || e.status === 401 || e.status === 429) return;
          refused = `${entry.label}: ${e.message}`;
        }
        await transact('readwrite', (store) => store.delete(entry.seq));
        await notify(refused);
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

/** Resolves once the outbox is empty; false if it could not be emptied now (offline, service unreachable). */
export async function drain() {
  await flush();
  return (await pending()) === 0;
}

window.addEventListener('online', () => flush());
setInterval(() => flush(), 15000);
