// Today: the next workout (scheduled, or the active plan's next day), the session logger with its rest timer,
// and the results after finishing (progression applied, new records, totals).
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { NetworkError, del, get, post } from '../api.js';
import { field, formError, values } from '../forms.js';
import { focusHeading, navigate } from '../main.js';
import * as outbox from '../outbox.js';
import { equipment, platesFor } from '../plates.js';
import { person, state, unit, update } from '../state.js';
import { RECORD_NAMES, VERDICTS, fmt, problem } from './shared.js';

let t = {};
let timer = null;

const weights = (list) => [...new Set(list.map(fmt))].join(' / ');

export async function enter(params) {
  if (t.session?.offline && t.session.id === params.sessionId) return;
  stopRest();
  const keepResult = t.result && t.result.id === params.sessionId;
  t = { loading: true, result: keepResult ? t.result : null, totals: keepResult ? t.totals : null,
    comparison: keepResult ? t.comparison : null };
  update();
  try {
    if (params.sessionId) await loadSession(params.sessionId);
    else await loadNext();
  } catch (e) {
    t.error = problem(e);
  }
  t.loading = false;
  update();
}

async function loadSession(id) {
  t.session = await get(`/api/training-sessions/${id}`);
  t.finishQueued = t.session.status !== 'COMPLETED' && (await outbox.waiting()).some((entry) => entry.finishes === id);
  if (t.session.status === 'COMPLETED' && !t.comparison) {
    t.comparison = await get(`/api/training-sessions/${id}/analysis`).catch(() => null);
  }
  if (t.session.training_plan_id) {
    t.plan = await get(`/api/training-plans/${t.session.training_plan_id}`).catch(() => null);
  }
}

async function loadNext() {
  const recent = await get('/api/training-sessions?limit=20');
  const open = recent.find((s) => s.status === 'IN_PROGRESS' || s.status === 'PENDING');
  if (open) {
    navigate(`/sessions/${open.id}`, { replace: true });
    return;
  }
  const upcoming = await get('/api/workouts/upcoming').catch(() => []);
  const todayKey = new Date().toDateString();
  t.scheduled = upcoming.find((o) => o.status === 'PENDING' && new Date(o.start_time).toDateString() === todayKey) ?? null;
  const planId = t.scheduled?.plan_id ?? person()?.active_training_plan_id;
  if (!planId) return;
  t.plan = await get(`/api/training-plans/${planId}`);
  if (t.scheduled?.day_id) {
    t.day = t.plan.days.find((d) => d.id === t.scheduled.day_id);
  } else {
    const last = recent.find((s) => s.status === 'COMPLETED' && s.training_plan_id === planId);
    const lastIndex = last ? t.plan.days.findIndex((d) => d.id === last.training_plan_day_id) : -1;
    t.day = t.plan.days.length ? t.plan.days[(lastIndex + 1) % t.plan.days.length] : null;
  }
}

async function start(empty = false) {
  t.busy = true;
  update();
  const body = empty ? { title: 'Workout' } : {
    training_plan_id: t.plan.id, training_plan_day_id: t.day.id, schedule_id: t.scheduled?.schedule_id ?? null,
  };
  try {
    const session = await post('/api/training-sessions', body, { 'Idempotency-Key': crypto.randomUUID() });
    navigate(`/sessions/${session.id}`);
  } catch (e) {
    if (e instanceof NetworkError && !empty) {
      await startOffline(body);
      return;
    }
    t.error = e instanceof NetworkError ? { message: 'Starting an empty workout needs a connection; try again when online.', fields: {} } : problem(e);
    t.busy = false;
    update();
  }
}

/**
 * Without a connection the plan day's workout starts on the device: the session and its sets get temporary ids,
 * the start waits in the outbox before the sets logged meanwhile, and the outbox gives them the real ids once the
 * service has answered (docs/decisions/offline-workout-start.md).
 */
async function startOffline(body) {
  const temp = () => `offline-${crypto.randomUUID()}`;
  const id = temp();
  const sets = [];
  const order = [];
  for (const ex of t.day.exercises) {
    ex.sets.forEach((s, n) => {
      sets.push({ id: temp(), set_index: n + 1, status: 'PENDING', exercise_id: ex.exercise_id, training_plan_exercise_id: ex.id,
        expected_reps: s.expected_reps, expected_weight: s.expected_weight, actual_reps: null, actual_weight: null, rir: null });
      order.push({ id: sets.at(-1).id, exercise: ex.id, n });
    });
  }
  t.session = { id, offline: true, status: 'IN_PROGRESS', title: t.day.name, training_plan_id: t.plan.id, sets,
    exercises: t.day.exercises.map((ex, i) => ({ exercise_id: ex.exercise_id, exercise_name: ex.exercise_name, training_plan_exercise_id: ex.id, order_index: i })) };
  t.busy = false;
  await outbox.enqueue({ method: 'POST', path: '/api/training-sessions', body, label: `Starting ${t.day.name}`, starts: id, sets: order });
  navigate(`/sessions/${id}`);
}

// ---- logging ----

const restOf = (planExerciseId) => {
  for (const day of t.plan?.days ?? []) {
    const found = day.exercises.find((ex) => ex.id === planExerciseId);
    if (found) return found.rest_time ?? 90;
  }
  return 90;
};

function beep() {
  try {
    navigator.vibrate?.([200, 100, 200]);
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = 880;
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.25);
  } catch {
    // sound and vibration are extras the browser may refuse
  }
}

function startRest(seconds, name) {
  stopRest();
  if (!seconds) return;
  const endsAt = Date.now() + seconds * 1000;
  t.rest = { remaining: seconds, total: seconds, name };
  timer = setInterval(() => {
    t.rest.remaining = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    if (t.rest.remaining === 0) {
      stopRest();
      beep();
      t.restOver = `Rest over: next set of ${name}`;
    }
    update();
  }, 1000);
}

function stopRest() {
  clearInterval(timer);
  timer = null;
  if (t.rest) t.rest = null;
}

/** Applies a set's change locally at once, and queues it for the service (sent now if online). */
async function log(set, exerciseName, change, write) {
  Object.assign(set, change, { completed_at: new Date().toISOString() });
  t.editing = null;
  t.failing = null;
  t.restOver = null;
  startRest(restOf(set.training_plan_exercise_id), exerciseName);
  update();
  await outbox.enqueue({ ...write, label: `${exerciseName}, set ${set.set_index}`, setId: set.id });
}

const asPlanned = (set, name) => log(set, name,
  { status: 'COMPLETED', actual_reps: set.expected_reps, actual_weight: set.expected_weight },
  { method: 'PUT', path: `/api/training-sessions/${t.session.id}/sets/${set.id}`,
    body: { actual_reps: set.expected_reps, actual_weight: set.expected_weight, status: 'COMPLETED' } });

function saveEdit(e, set, name) {
  e.preventDefault();
  const v = values(e.target);
  const reps = Number(v.actual_reps);
  const weight = v.actual_weight === '' ? null : Number(v.actual_weight);
  const rir = v.rir === '' ? null : Number(v.rir);
  const errors = {};
  if (!Number.isInteger(reps) || reps < 1 || reps > 1000) errors.actual_reps = 'Enter the reps done, 1 to 1000';
  if (weight !== null && (weight < 0 || weight > 10000)) errors.actual_weight = 'Enter a weight from 0 to 10000';
  if (rir !== null && (!Number.isInteger(rir) || rir < 0 || rir > 10)) errors.rir = 'Reps in reserve: 0 to 10';
  if (Object.keys(errors).length) {
    t.editErrors = errors;
    update();
    return;
  }
  t.editErrors = null;
  log(set, name, { status: 'COMPLETED', actual_reps: reps, actual_weight: weight ?? set.expected_weight, rir },
    { method: 'PUT', path: `/api/training-sessions/${t.session.id}/sets/${set.id}`,
      body: { actual_reps: reps, actual_weight: weight ?? set.expected_weight, rir, status: 'COMPLETED' } });
}

function saveFail(e, set, name) {
  e.preventDefault();
  const reps = Number(values(e.target).reps || 0);
  if (!Number.isInteger(reps) || reps < 0 || reps > 1000) {
    t.editErrors = { reps: 'Enter the reps done, 0 to 1000' };
    update();
    return;
  }
  t.editErrors = null;
  log(set, name, { status: 'FAILED', actual_reps: reps, actual_weight: set.actual_weight ?? set.expected_weight },
    { method: 'PATCH', path: `/api/training-sessions/${t.session.id}/sets/${set.id}/fail?reps=${reps}` });
}

outbox.onSent((entry, result, ids) => {
  if (entry.starts && t.session?.id === entry.starts) {
    started(result, ids);
    return;
  }
  if (entry.finishes) {
    if (t.session?.id === entry.finishes) showResult(result);
    return;
  }
  const set = t.session?.sets.find((s) => s.id === entry.setId);
  if (set && result && typeof result === 'object') {
    Object.assign(set, result);
    update();
  }
});

/** The service's answer to a start made offline replaces the device's session, keeping what was logged meanwhile. */
function started(session, ids) {
  for (const mine of t.session.sets.filter((s) => s.status !== 'PENDING')) {
    const set = session.sets.find((s) => s.id === ids[mine.id]);
    if (set) Object.assign(set, { status: mine.status, actual_reps: mine.actual_reps, actual_weight: mine.actual_weight, rir: mine.rir });
  }
  t.session = session;
  history.replaceState(null, '', `/sessions/${session.id}`);
  update();
}

// A refused finish leaves the outbox (the refusal is shown with the others): the workout can be finished again.
outbox.onChange(async (count, refused) => {
  if (!refused || !t.finishQueued) return;
  t.finishQueued = (await outbox.waiting()).some((entry) => entry.finishes === t.session?.id);
  update();
});

/**
 * Finishing goes through the outbox after the sets logged before it, with one key per session: online it is sent
 * at once; offline it waits, shown on the workout, and is sent when the connection returns.
 */
async function finish() {
  stopRest();
  t.finishQueued = true;
  update();
  const id = t.session.id;
  await outbox.enqueue({ method: 'POST', path: `/api/training-sessions/${id}/complete`, key: `complete-${id}`,
    label: 'Finishing the workout', finishes: id });
}

async function showResult(done) {
  t.result = done;
  t.session = done;
  t.finishQueued = false;
  [t.totals, t.comparison] = await Promise.all([
    get(`/api/training-sessions/${done.id}/results`).catch(() => null),
    get(`/api/training-sessions/${done.id}/analysis`).catch(() => null)]);
  update();
  focusHeading();
}

/** Adds a set (to an exercise of the session, or a new exercise from the catalog); needs a connection. */
async function addSet(body) {
  t.addError = null;
  try {
    await post(`/api/training-sessions/${t.session.id}/sets`, body, { 'Idempotency-Key': crypto.randomUUID() });
    t.session = await get(`/api/training-sessions/${t.session.id}`);
    t.adding = null;
  } catch (e) {
    t.addError = e instanceof NetworkError ? { message: 'Adding needs a connection; log the planned sets meanwhile.', fields: {} } : problem(e);
  }
  update();
}

/** Offers exercises to swap for one of the session's: the same primary muscle first, or a catalog search. */
async function offerSwap(ex, query = '') {
  t.swapping = { ex, query, results: null, error: null };
  update();
  try {
    let search = `search=${encodeURIComponent(query)}`;
    if (!query) search = `muscle_group=${encodeURIComponent((await get(`/api/exercises/${ex.exercise_id}`)).primary_muscle_group)}`;
    t.swapping.results = (await get(`/api/exercises?limit=9&${search}`)).filter((x) => x.id !== ex.exercise_id).slice(0, 8);
  } catch (e) {
    t.swapping.error = problem(e);
  }
  update();
}

/** The exercise's sets still to do become sets of the other exercise, with the same targets; done sets stay. */
async function swap(pending, to) {
  try {
    for (const set of pending) {
      await post(`/api/training-sessions/${t.session.id}/sets`, { exercise_id: to.id, expected_reps: set.expected_reps,
        expected_weight: set.expected_weight }, { 'Idempotency-Key': `swap-${set.id}-${to.id}` });
    }
    for (const set of pending) await del(`/api/training-sessions/${t.session.id}/sets/${set.id}`);
    t.session = await get(`/api/training-sessions/${t.session.id}`);
    t.swapping = null;
  } catch (e) {
    t.swapping.error = e instanceof NetworkError ? { message: 'Swapping needs a connection; try again when online.', fields: {} } : problem(e);
  }
  update();
}

function swapPanel(ex, pending) {
  const w = t.swapping;
  return html`<div class="swap" role="group" aria-label="Swap ${ex.exercise_name}">
    <form role="search" aria-label="Exercises to swap in" @submit=${(e) => { e.preventDefault(); offerSwap(ex, values(e.target).search.trim()); }}>
      ${field({ label: 'Search the catalog', name: 'search', id: 'swap-search', type: 'search', value: w.query,
        hint: 'Without a search: exercises for the same muscle' })}
      <div class="actions"><button type="submit">Search</button>
        <button type="button" @click=${() => { t.swapping = null; update(); }}>Keep ${ex.exercise_name}</button></div>
    </form>
    ${formError(w.error)}
    ${w.results === null ? html`<p class="muted" role="status">Searching…</p>` : html`<ul class="results">${w.results.map((x) => html`<li>
      <button class="result" @click=${() => swap(pending, x)}>Swap for ${x.name}</button></li>`)}</ul>`}
  </div>`;
}

async function searchCatalog(e) {
  e.preventDefault();
  const query = values(e.target).search.trim();
  t.adding = { query, results: null };
  update();
  try {
    t.adding.results = await get(`/api/exercises?limit=8&search=${encodeURIComponent(query)}`);
  } catch (error) {
    t.addError = problem(error);
  }
  update();
}

// ---- views ----

/** "4 sets of 5 at 60 kg, 1 set of 3 at 70 kg": runs of equal sets told once. */
function summary(sets, u) {
  const runs = [];
  for (const s of sets) {
    const last = runs.at(-1);
    if (last && last.reps === s.expected_reps && last.weight === s.expected_weight) last.count++;
    else runs.push({ count: 1, reps: s.expected_reps, weight: s.expected_weight });
  }
  return runs.map((r) => `${r.count} ${r.count === 1 ? 'set' : 'sets'} of ${r.reps} at ${fmt(r.weight)} ${u}`).join(', ');
}

function restTimer() {
  if (t.rest) {
    const m = Math.floor(t.rest.remaining / 60);
    const s = String(t.rest.remaining % 60).padStart(2, '0');
    return html`<div class="rest card" role="timer" aria-label="Rest timer">
      <p><span class="big">${m}:${s}</span> rest before the next set of ${t.rest.name}</p>
      <button @click=${() => { stopRest(); update(); }}>Skip rest</button></div>`;
  }
  return html`<p class="visually-hidden" role="status">${t.restOver ?? ''}</p>${t.restOver ? html`<p class="ok">${t.restOver}</p>` : nothing}`;
}

function setRow(set, name) {
  const u = unit();
  const planned = `${set.expected_reps ?? '–'} × ${fmt(set.expected_weight)} ${u}`;
  const label = `${name}, set ${set.set_index}`;
  const done = set.status === 'COMPLETED' || set.status === 'FAILED';
  const errors = t.editErrors ?? {};
  return html`<li class="set ${set.status.toLowerCase()}" data-set-id=${set.id}>
    <div class="set-head">
      <span class="set-label">Set ${set.set_index}</span>
      <span>${planned}</span>
      ${done ? html`<span class="badge ${set.status === 'FAILED' ? 'fail' : ''}">${set.status === 'FAILED' ? 'Failed' : 'Done'}:
        ${set.actual_reps} × ${fmt(set.actual_weight)} ${u}${set.rir !== null && set.rir !== undefined ? `, RIR ${set.rir}` : ''}</span>` : nothing}
    </div>
    ${t.finishQueued ? nothing : t.editing === set.id ? html`<form class="edit" @submit=${(e) => saveEdit(e, set, name)} aria-label="Edit ${label}">
        ${field({ label: 'Reps done', name: 'actual_reps', id: `r-${set.id}`, type: 'number', inputmode: 'numeric', min: 1, max: 1000, value: set.actual_reps ?? set.expected_reps, errors })}
        ${field({ label: `Weight (${u})`, name: 'actual_weight', id: `w-${set.id}`, type: 'number', inputmode: 'decimal', min: 0, step: 'any', value: set.actual_weight ?? set.expected_weight, errors })}
        ${field({ label: 'Reps in reserve (RIR)', name: 'rir', id: `i-${set.id}`, type: 'number', inputmode: 'numeric', min: 0, max: 10, value: set.rir ?? '', errors })}
        <div class="actions"><button class="primary" type="submit">Save ${label}</button>
        <button type="button" @click=${() => { t.editing = null; t.editErrors = null; update(); }}>Cancel</button></div>
      </form>` : t.failing === set.id ? html`<form class="edit" @submit=${(e) => saveFail(e, set, name)} aria-label="Fail ${label}">
        ${field({ label: 'Reps done before failing', name: 'reps', id: `f-${set.id}`, type: 'number', inputmode: 'numeric', min: 0, max: 1000, value: 0, errors })}
        <div class="actions"><button class="danger" type="submit">Save as failed</button>
        <button type="button" @click=${() => { t.failing = null; t.editErrors = null; update(); }}>Cancel</button></div>
      </form>` : html`<div class="actions set-actions">
        ${done ? nothing : html`<button class="primary big" @click=${() => asPlanned(set, name)} aria-label="Done as planned: ${label}, ${planned}">Done as planned</button>`}
        <button @click=${() => { t.editing = set.id; t.failing = null; update(); }} aria-label="Edit ${label}">Edit</button>
        <button @click=${() => { t.failing = set.id; t.editing = null; update(); }} aria-label="Failed ${label}">Failed</button>
      </div>`}
  </li>`;
}

function plateHint(sets) {
  const next = sets.find((set) => set.status === 'PENDING') ?? sets.at(-1);
  if (!next?.expected_weight) return nothing;
  const u = unit();
  const gear = equipment(u);
  const load = platesFor(Number(next.expected_weight), gear);
  if (!load) return nothing;
  const perSide = load.used.length ? load.used.map(fmt).join(' + ') : 'nothing';
  return html`<p class="plates muted">Plates for ${fmt(next.expected_weight)} ${u}: ${fmt(gear.bar)} ${u} bar + ${perSide} per side${load.leftover > 0 ? ` (${fmt(load.leftover)} ${u} per side short)` : ''}</p>`;
}

function addExerciseForm() {
  const a = t.adding;
  return html`<section class="card" aria-labelledby="add-title"><h2 id="add-title">Add an exercise</h2>
    <form role="search" aria-label="Exercises to add" @submit=${searchCatalog}>
      ${field({ label: 'Search the catalog', name: 'search', id: 'session-search', type: 'search', value: a?.query ?? '' })}
      <button type="submit">Search</button>
    </form>
    ${formError(t.addError)}
    ${a?.results ? html`<ul class="results">${a.results.map((x) => html`<li><button class="result"
      @click=${() => addSet({ exercise_id: x.id, expected_reps: 8, expected_weight: unit() === 'lb' ? 45 : 20 })}>Add ${x.name}</button></li>`)}</ul>` : nothing}
  </section>`;
}

function logger() {
  const s = t.session;
  const exercises = [...s.exercises].sort((a, b) => a.order_index - b.order_index);
  const setsOf = (ex) => s.sets.filter((set) => (ex.training_plan_exercise_id
    ? set.training_plan_exercise_id === ex.training_plan_exercise_id : set.exercise_id === ex.exercise_id))
    .sort((a, b) => a.set_index - b.set_index);
  const remaining = s.sets.filter((set) => set.status === 'PENDING').length;
  return html`<h1 tabindex="-1">${s.title ?? 'Workout'}</h1>
    <p class="muted">${remaining ? `${remaining} of ${s.sets.length} sets to go` : 'Every set is logged'}${s.offline ? ' · started offline: sent when the connection returns' : ''}</p>
    ${restTimer()}
    ${exercises.map((ex) => html`<section class="card" aria-labelledby="ex-${ex.order_index}">
      <h2 id="ex-${ex.order_index}">${ex.exercise_name}</h2>
      ${plateHint(setsOf(ex))}
      <ol class="sets">${setsOf(ex).map((set) => setRow(set, ex.exercise_name))}</ol>
      ${t.swapping?.ex === ex ? swapPanel(ex, setsOf(ex).filter((set) => set.status === 'PENDING')) : nothing}
      <div class="actions">
      ${setsOf(ex).some((set) => set.status === 'PENDING') && t.swapping?.ex !== ex
        ? html`<button @click=${() => offerSwap(ex)}>Swap<span class="visually-hidden"> ${ex.exercise_name}</span></button>` : nothing}
      <button @click=${() => {
        const last = setsOf(ex).at(-1);
        addSet(ex.training_plan_exercise_id
          ? { training_plan_exercise_id: ex.training_plan_exercise_id, expected_reps: last?.expected_reps ?? 8, expected_weight: last?.expected_weight ?? 20 }
          : { exercise_id: ex.exercise_id, expected_reps: last?.expected_reps ?? 8, expected_weight: last?.expected_weight ?? 20 });
      }}>Add a set<span class="visually-hidden"> of ${ex.exercise_name}</span></button>
      </div>
    </section>`)}
    ${addExerciseForm()}
    <div class="savebar">
      ${t.finishQueued
        ? html`<p class="sync waiting" role="status" data-testid="finish-status">${state.online ? 'Finishing…' : 'Finish waiting to sync: the workout is finished when the connection returns'}</p>`
        : html`<button class="primary big" @click=${finish}>Finish workout</button>`}
    </div>`;
}

function results() {
  const r = t.result;
  const u = unit();
  const nameOf = (id) => r.exercises.find((ex) => ex.exercise_id === id)?.exercise_name ?? 'Exercise';
  return html`<h1 tabindex="-1">Workout complete</h1>
    <section class="card" aria-labelledby="progression-title">
      <h2 id="progression-title">Next time</h2>
      ${r.progression.length ? html`<ul>${r.progression.map((p) => html`<li class="progression">
        <strong>${nameOf(p.exercise_id)}</strong>:
        ${p.outcome === 'SUCCESS'
          ? html`every set done, so next time <strong>${weights(p.weights_after)} ${u}</strong> (was ${weights(p.weights_before)} ${u})`
          : p.deloaded
            ? html`deload to <strong>${weights(p.weights_after)} ${u}</strong> after ${p.consecutive_failures} missed sessions`
            : html`not every set done: stays at <strong>${weights(p.weights_after)} ${u}</strong> (${p.consecutive_failures} in a row)`}
      </li>`)}</ul>` : html`<p>No plan progression for this workout.</p>`}
    </section>
    <section class="card" aria-labelledby="records-title">
      <h2 id="records-title">New records</h2>
      ${r.personal_records.length ? html`<ul>${r.personal_records.map((pr) => html`<li class="record">
        <strong>${pr.exercise_name}</strong>: ${RECORD_NAMES[pr.type] ?? pr.type} ${fmt(pr.value)}${pr.weight !== null ? ` (${pr.reps ?? ''} × ${fmt(pr.weight)} ${u})` : ''}
      </li>`)}</ul>` : html`<p>No new records this time.</p>`}
    </section>
    ${t.comparison?.length ? html`<section class="card" aria-labelledby="comparison-title">
      <h2 id="comparison-title">Compared with last time</h2>
      <ul>${t.comparison.map((c) => html`<li class="comparison"><strong>${c.exercise_name}</strong>:
        ${VERDICTS[c.verdict] ?? c.verdict}${c.strength_change !== null ? ` (top weight ${c.strength_change > 0 ? '+' : ''}${fmt(c.strength_change)} ${u})` : ''}</li>`)}</ul>
    </section>` : nothing}
    ${t.totals ? html`<section class="card" aria-labelledby="totals-title"><h2 id="totals-title">Totals</h2>
      <table><caption class="visually-hidden">Sets, reps and weight lifted per exercise</caption>
        <thead><tr><th scope="col">Exercise</th><th scope="col">Sets</th><th scope="col">Reps</th><th scope="col">Lifted (${u})</th></tr></thead>
        <tbody>${t.totals.map((x) => html`<tr><th scope="row">${x.exercise_name}</th><td>${x.sets_achieved}/${x.sets_planned}</td>
          <td>${x.reps_achieved}</td><td>${fmt(x.total_weight_lifted)}</td></tr>`)}</tbody></table></section>` : nothing}
    <button class="primary" @click=${() => navigate('/today')}>Back to today</button>`;
}

const emptyWorkout = () => html`<section class="card"><h2>Something else today?</h2>
  <p>Start an empty workout and add exercises from the catalog as you go.</p>
  <button @click=${() => start(true)} ?disabled=${t.busy}>Start an empty workout</button></section>`;

function next() {
  if (!t.plan) {
    return html`<h1 tabindex="-1">Today</h1>
      <section class="card"><h2>No active plan</h2><p>Build a plan and make it active to see your next workout here.</p>
      <a class="button primary" href="/plans" @click=${(e) => { e.preventDefault(); navigate('/plans'); }}>Go to plans</a></section>
      ${formError(t.error)}
      ${emptyWorkout()}`;
  }
  if (!t.day) {
    return html`<h1 tabindex="-1">Today</h1><section class="card"><h2>${t.plan.name}</h2>
      <p>This plan has no days yet.</p><a class="button" href="/plans/${t.plan.id}" @click=${(e) => { e.preventDefault(); navigate(`/plans/${t.plan.id}`); }}>Edit the plan</a></section>`;
  }
  const u = unit();
  return html`<h1 tabindex="-1">Today</h1>
    <section class="card" aria-labelledby="next-title">
      <h2 id="next-title">${t.day.name} <span class="muted">· ${t.plan.name}</span></h2>
      ${t.scheduled ? html`<p>Scheduled at ${new Date(t.scheduled.start_time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</p>` : nothing}
      <ul class="plan-day">${t.day.exercises.map((ex) => html`<li><strong>${ex.exercise_name}</strong>:
        ${summary(ex.sets, u)}
        ${ex.rest_time ? html`<span class="muted">· rest ${ex.rest_time} s</span>` : nothing}</li>`)}</ul>
      ${formError(t.error)}
      <button class="primary big" @click=${() => start()} ?disabled=${t.busy}>Start ${t.day.name}</button>
    </section>
    ${emptyWorkout()}`;
}

export function view() {
  if (t.loading) return html`<h1 tabindex="-1">Today</h1><p class="muted">Loading…</p>`;
  if (t.result && t.session?.id === t.result.id) return results();
  if (t.error && !t.plan && !t.session) return html`<h1 tabindex="-1">Today</h1>${formError(t.error)}`;
  if (t.session) {
    if (t.session.status === 'COMPLETED') {
      t.result = t.session;
      return results();
    }
    return logger();
  }
  return next();
}
