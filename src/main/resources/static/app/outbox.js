// Offline logging: writes made during a workout go into an IndexedDB outbox first and are sent from there in
// the order they were made, each with its own Idempotency-Key, so a retry after a lost answer never writes
// twice. A write that the service refuses (4xx) is dropped and reported; one that found no connection stays
// and is retried when the browser is back online. A write is sent for whom it was made: a trainer's writes while
// acting for a client stay the client's even if the trainer has stopped acting by the time they are sent.

import { actingAs, api, ApiError, NetworkError } from './api.js';

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

/** The writes waiting to be sent, oldest first. */
export const waiting = () => transact('readonly', (store) => store.getAll());

/** How many sets wait to be sent (a queued start or finish is shown by its workout). */
export const pending = async () => (await waiting()).filter((entry) => !entry.starts && !entry.finishes).length;

/** Called with the number of waiting sets, and with a refused write's error, whenever they change. */
export function onChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function notify(refused) {
  const count = await pending();
  listeners.forEach((listener) => listener(count, refused));
}

/** Called with each write and the service's answer once it has been sent (a start made offline: and the real ids). */
export function onSent(listener) {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

/** Queues a write ({method, path, body, label}, a key of its own if it has one), then tries to send the queue. */
export async function enqueue(write) {
  const entry = { key: crypto.randomUUID(), ...write, actingFor: actingAs(), queuedAt: new Date().toISOString() };
  await transact('readwrite', (store) => store.add(entry));
  await notify();
  // A send already under way may have looked for the next write before this one was stored: send again after it.
  if (flushing) flushing.then(flush);
  else flush();
}

/**
 * A workout started offline has a temporary id, and so have its sets: once the service answers the start, the
 * writes queued after it get the real ids (its sets matched by plan exercise and order).
 */
async function resolve(entry, session) {
  const ids = { [entry.starts]: session.id };
  for (const temp of entry.sets) {
    const real = session.sets.filter((s) => s.training_plan_exercise_id === temp.exercise).sort((a, b) => a.set_index - b.set_index)[temp.n];
    if (real) ids[temp.id] = real.id;
  }
  const swap = (text) => Object.entries(ids).reduce((out, [from, to]) => out.replaceAll(from, to), text);
  await transact('readwrite', (store) => {
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      at.update({ ...at.value, path: swap(at.value.path), setId: ids[at.value.setId] ?? at.value.setId,
        finishes: ids[at.value.finishes] ?? at.value.finishes });
      at.continue();
    };
    return cursor;
  });
  return ids;
}

/** Sends waiting writes, oldest first, until the outbox is empty or the connection is gone. */
export function flush() {
  if (!navigator.onLine) return Promise.resolve();
  flushing ??= (async () => {
    try {
      for (let entry = await first(); entry; entry = await first()) {
        let refused = null;
        try {
          const result = await api(entry.method, entry.path, entry.body, { 'Idempotency-Key': entry.key },
            entry.actingFor);
          const ids = entry.starts ? await resolve(entry, result) : null;
          sentListeners.forEach((listener) => listener(entry, result, ids));
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

window.addEventListener('online', () => flush());
setInterval(() => flush(), 15000);
