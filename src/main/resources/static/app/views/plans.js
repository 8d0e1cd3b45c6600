// Plans: the list (create, make active, copy, delete) and the builder (days → exercises from the catalog →
// target sets, progression per exercise), saved in one request to the plan's composite endpoint.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { del, get, post, put } from '../api.js';
import { field, formError, select, values } from '../forms.js';
import { loadMe, navigate } from '../main.js';
import { coachCard, coachFor } from './coach.js';
import { person, unit, update } from '../state.js';
import { problem } from './shared.js';

const list_ = { plans: null, error: null, confirmDelete: null, create: {}, library: null };
let b = null; // the builder's state


export async function enterList() {
  list_.plans = null;
  list_.error = null;
  update();
  try {
    list_.plans = await get('/api/training-plans?limit=100&sort=created_at');
  } catch (e) {
    list_.error = problem(e);
  }
  update();
}

async function activate(planId) {
  try {
    await put(`/api/user-profiles/${person().id}`, { active_training_plan_id: planId });
    await loadMe();
  } catch (e) {
    list_.error = problem(e);
    update();
  }
}

async function act(work) {
  try {
    await work();
    await enterList();
  } catch (e) {
    list_.error = problem(e);
    update();
  }
}

/** Other people's public plans (seed 003's listing), to browse and copy. */
async function browseLibrary() {
  list_.library = { plans: null };
  update();
  try {
    list_.library.plans = (await get('/api/workout-plans?is_public=true&limit=20')).data
      .filter((p) => p.created_by !== person()?.id);
  } catch (e) {
    list_.library.error = problem(e);
  }
  update();
}

/** A public plan, copied into my plans (private) with its days, exercises and sets. */
async function copyPublic(publicPlan) {
  list_.library.error = null;
  try {
    navigate(`/plans/${(await post(`/api/training-plans/${publicPlan.id}/copy`)).id}`);
  } catch (e) {
    list_.library.error = problem(e);
    update();
  }
}

function library() {
  const l = list_.library;
  if (!l) return html`<button @click=${browseLibrary}>Browse public plans</button>`;
  return html`<section aria-labelledby="library-title"><h2 id="library-title">Public plans</h2>
    ${formError(l.error)}
    ${l.plans === null ? html`<p class="muted" role="status">Loading public plans…</p>` : nothing}
    <ul class="plans">${(l.plans ?? []).map((p) => html`<li class="card">
      <h3>${p.name}</h3>
      <p class="muted">${[p.users?.name ? `by ${p.users.name}` : null, p.difficulty_level, p.estimated_duration ? `${p.estimated_duration} min` : null, p.muscle_types.join(', ')].filter(Boolean).join(' · ')}</p>
      ${p.description ? html`<p>${p.description}</p>` : nothing}
      <button @click=${() => copyPublic(p)}>Copy to my plans<span class="visually-hidden">: ${p.name}</span></button>
    </li>`)}</ul></section>`;
}

export function list() {
  const active = person()?.active_training_plan_id;
  const c = list_.create;
  return html`<h1 tabindex="-1">Plans</h1>
    <form class="card" @submit=${async (e) => {
      e.preventDefault();
      const v = values(e.target);
      try {
        const plan = await post('/api/training-plans', { name: v.name.trim() });
        list_.create = {};
        navigate(`/plans/${plan.id}`);
      } catch (error) {
        list_.create = { error: problem(error), name: v.name };
        update();
      }
    }}>
      <h2>New plan</h2>
      ${formError(c.error, ['name'])}
      ${field({ label: 'Plan name', name: 'name', value: c.name, required: true, errors: c.error?.fields })}
      <button class="primary" type="submit">Create plan</button>
    </form>
    ${formError(list_.error)}
    ${list_.plans === null ? html`<p class="muted">Loading plans…</p>` : nothing}
    ${list_.plans?.length === 0 ? html`<p>No plans yet: create your first one above.</p>` : nothing}
    <ul class="plans">${(list_.plans ?? []).map((plan) => html`<li class="card">
      <h2>${plan.name} ${plan.id === active ? html`<span class="badge">Active</span>` : nothing}</h2>
      <p class="muted">${plan.days.length} ${plan.days.length === 1 ? 'day' : 'days'} ·
        ${plan.days.map((d) => d.name).join(', ') || 'no days yet'}</p>
      <div class="actions">
        <a class="button" href="/plans/${plan.id}" @click=${(e) => { e.preventDefault(); navigate(`/plans/${plan.id}`); }}>Edit<span class="visually-hidden"> ${plan.name}</span></a>
        ${plan.id === active ? nothing : html`<button @click=${() => activate(plan.id)}>Make active<span class="visually-hidden"> ${plan.name}</span></button>`}
        <button @click=${() => act(() => post(`/api/training-plans/${plan.id}/copy`))}>Copy<span class="visually-hidden"> ${plan.name}</span></button>
        ${list_.confirmDelete === plan.id
          ? html`<button class="danger" @click=${() => act(() => del(`/api/training-plans/${plan.id}`))}>Really delete ${plan.name}?</button>`
          : html`<button @click=${() => { list_.confirmDelete = plan.id; update(); }}>Delete<span class="visually-hidden"> ${plan.name}</span></button>`}
      </div>
    </li>`)}</ul>
    ${library()}`;
}

// ---- builder ----

const toDraft = (plan) => ({
  id: plan.id,
  name: plan.name,
  days: plan.days.map((day) => ({
    id: day.id,
    name: day.name,
    exercises: day.exercises.map((ex) => ({
      id: ex.id,
      exercise_id: ex.exercise_id,
      exercise_name: ex.exercise_name,
      rest_time: ex.rest_time,
      sets: ex.sets.map((s) => ({ id: s.id, expected_reps: s.expected_reps, expected_weight: s.expected_weight })),
    })),
  })),
});

export async function enterBuilder({ planId }) {
  b = { planId, draft: null, error: null, saved: null, search: {}, increments: {}, previews: {}, muscles: [], equipment: [],
    custom: {}, coach: coachFor(planId) };
  update();
  try {
    const [plan, muscles, equipment] = await Promise.all([get(`/api/training-plans/${planId}`),
      get('/api/muscle-groups'), get('/api/equipment')]);
    b.draft = toDraft(plan);
    b.muscles = muscles;
    b.equipment = equipment;
  } catch (e) {
    b.error = problem(e);
  }
  update();
  if (b.draft) await loadProgression();
}

const exerciseIds = () => [...new Set(b.draft.days.flatMap((d) => d.exercises.map((ex) => ex.exercise_id)))];

/** Each exercise's increment, and the weights of its next three sessions if every set is done. */
async function loadProgression() {
  await Promise.all(exerciseIds().map(async (exerciseId) => {
    const base = `/api/training-plans/${b.planId}/exercises/${exerciseId}/progression`;
    try {
      const rule = await get(base);
      b.increments[exerciseId] ??= rule.weight_increment;
    } catch {
      // no rule yet: the service's default applies
    }
    try {
      const preview = await post(`${base}/preview`, { outcomes: ['SUCCESS', 'SUCCESS', 'SUCCESS'] });
      b.previews[exerciseId] = preview.steps.map((step) => [...new Set(step.weights.map((w) => Number(w).toLocaleString()))].join('/'));
    } catch {
      delete b.previews[exerciseId];
    }
  }));
  update();
}

const changed = () => { b.saved = null; update(); };

async function search(dayIndex, form) {
  const v = values(form);
  const query = new URLSearchParams({ limit: '8' });
  if (v.search) query.set('search', v.search);
  if (v.muscle_group) query.set('muscle_group', v.muscle_group);
  if (v.equipment) query.set('equipment', v.equipment);
  b.search[dayIndex] = { ...v, results: null };
  update();
  try {
    b.search[dayIndex].results = await get(`/api/exercises?${query}`);
  } catch (e) {
    b.search[dayIndex].error = problem(e);
  }
  update();
}

function addExercise(day, exercise) {
  const weight = unit() === 'lb' ? 45 : 20;
  day.exercises.push({ exercise_id: exercise.id, exercise_name: exercise.name, rest_time: 90,
    sets: [1, 2, 3].map(() => ({ expected_reps: 8, expected_weight: weight })) });
  changed();
}

function move(list, index, by) {
  const to = index + by;
  if (to < 0 || to >= list.length) return;
  [list[index], list[to]] = [list[to], list[index]];
  changed();
}

async function save() {
  b.error = null;
  b.busy = true;
  update();
  try {
    const plan = await post(`/api/training-plans/${b.planId}/composite`, {
      name: b.draft.name,
      days: b.draft.days.map((day) => ({ id: day.id, name: day.name,
        exercises: day.exercises.map((ex) => ({ id: ex.id, exercise_id: ex.exercise_id, rest_time: ex.rest_time,
          sets: ex.sets.map((s) => ({ id: s.id, expected_reps: s.expected_reps, expected_weight: s.expected_weight })) })) })),
    });
    for (const [exerciseId, increment] of Object.entries(b.increments)) {
      if (increment !== '' && increment !== null) {
        await put(`/api/training-plans/${b.planId}/exercises/${exerciseId}/progression`, { weight_increment: Number(increment) });
      }
    }
    b.draft = toDraft(plan);
    b.saved = `Saved ${plan.name}.`;
    await loadProgression();
  } catch (e) {
    b.error = problem(e);
  }
  b.busy = false;
  update();
}

const num = (value) => (value === '' ? null : Number(value));

function setRow(day, di, ex, ei, set, si) {
  const path = `days[${di}].exercises[${ei}].sets[${si}]`;
  const errors = Object.fromEntries(Object.entries(b.error?.fields ?? {})
    .filter(([k]) => k.startsWith(path + '.')).map(([k, m]) => [k.slice(path.length + 1), m]));
  const id = `d${di}e${ei}s${si}`;
  return html`<li class="set-row">
    <span class="set-label">Set ${si + 1}</span>
    ${field({ label: 'Reps', name: 'expected_reps', id: `${id}-reps`, type: 'number', inputmode: 'numeric', min: 1, max: 1000,
      value: set.expected_reps, errors, onChange: (e) => { set.expected_reps = num(e.target.value); changed(); } })}
    ${field({ label: `Weight (${unit()})`, name: 'expected_weight', id: `${id}-weight`, type: 'number', inputmode: 'decimal',
      min: 0, step: 'any', value: set.expected_weight, errors, onChange: (e) => { set.expected_weight = num(e.target.value); changed(); } })}
    <button class="icon" @click=${() => { ex.sets.splice(si, 1); changed(); }}>Remove<span class="visually-hidden"> set ${si + 1} of ${ex.exercise_name}</span></button>
  </li>`;
}

function exerciseCard(day, di, ex, ei) {
  const path = `days[${di}].exercises[${ei}]`;
  const errors = { rest_time: b.error?.fields[`${path}.rest_time`], increment: null };
  return html`<li class="card exercise">
    <h4>${ex.exercise_name}</h4>
    <div class="row">
      ${field({ label: 'Rest (seconds)', name: 'rest_time', id: `d${di}e${ei}-rest`, type: 'number', inputmode: 'numeric', min: 0, max: 3600,
        value: ex.rest_time, errors, onChange: (e) => { ex.rest_time = num(e.target.value); changed(); } })}
      ${field({ label: `Add after success (${unit()})`, name: 'increment', id: `d${di}e${ei}-increment`, type: 'number', inputmode: 'decimal',
        min: 0, step: 'any', value: b.increments[ex.exercise_id] ?? '', hint: 'Progression: weight added when every set is done',
        onChange: (e) => { b.increments[ex.exercise_id] = e.target.value; changed(); } })}
    </div>
    ${b.previews[ex.exercise_id]?.length ? html`<p class="preview">Next sessions if every set is done:
      ${b.previews[ex.exercise_id].join(' → ')} ${unit()}</p>` : nothing}
    <ol class="sets">${ex.sets.map((set, si) => setRow(day, di, ex, ei, set, si))}</ol>
    <div class="actions">
      <button @click=${() => { const last = ex.sets.at(-1) ?? { expected_reps: 8, expected_weight: 20 }; ex.sets.push({ ...last, id: undefined }); changed(); }}>Add set<span class="visually-hidden"> to ${ex.exercise_name}</span></button>
      <button @click=${() => move(day.exercises, ei, -1)} ?disabled=${ei === 0}>Move up<span class="visually-hidden"> ${ex.exercise_name}</span></button>
      <button @click=${() => move(day.exercises, ei, 1)} ?disabled=${ei === day.exercises.length - 1}>Move down<span class="visually-hidden"> ${ex.exercise_name}</span></button>
      <button @click=${() => { day.exercises.splice(ei, 1); changed(); }}>Remove<span class="visually-hidden"> ${ex.exercise_name}</span></button>
    </div>
  </li>`;
}

/** A custom exercise of mine, made from the picker and added to the day at once. */
async function createExercise(day, di, form) {
  const v = values(form);
  b.custom[di] = { values: v };
  try {
    const exercise = await post('/api/exercises', { name: v.name.trim(), primary_muscle_group: v.primary_muscle_group || null,
      category: 'STRENGTH' });
    b.custom[di] = null;
    addExercise(day, exercise);
  } catch (e) {
    b.custom[di].error = problem(e);
    update();
  }
}

function customForm(day, di) {
  const c = b.custom[di];
  if (!c) {
    return html`<button @click=${() => { b.custom[di] = { values: {} }; update(); }}>Create a custom exercise<span class="visually-hidden"> for ${day.name}</span></button>`;
  }
  const errors = c.error?.fields ?? {};
  return html`<form class="custom" aria-label="Custom exercise for ${day.name || `day ${di + 1}`}"
      @submit=${(e) => { e.preventDefault(); createExercise(day, di, e.target); }}>
    <h4>Custom exercise</h4>
    ${formError(c.error, ['name', 'primary_muscle_group'])}
    ${field({ label: 'Exercise name', name: 'name', id: `d${di}-custom-name`, value: c.values.name, required: true, errors })}
    ${select({ label: 'Main muscle', name: 'primary_muscle_group', id: `d${di}-custom-muscle`, value: c.values.primary_muscle_group, errors,
      options: [{ value: '', label: 'Not set' }, ...b.muscles.map((m) => ({ value: m.slug, label: m.name }))] })}
    <div class="actions"><button class="primary" type="submit">Create and add</button>
      <button type="button" @click=${() => { b.custom[di] = null; update(); }}>Cancel</button></div>
  </form>`;
}

function searchForm(day, di) {
  const s = b.search[di] ?? {};
  return html`<form class="search" role="search" aria-label="Exercises for ${day.name || `day ${di + 1}`}"
      @submit=${(e) => { e.preventDefault(); search(di, e.target); }}>
    <h4>Add an exercise</h4>
    ${field({ label: 'Search the catalog', name: 'search', id: `d${di}-search`, type: 'search', value: s.search })}
    <div class="row">
      <div class="field"><label for="d${di}-muscle">Muscle</label>
        <select id="d${di}-muscle" name="muscle_group"><option value="">Any</option>
          ${b.muscles.map((m) => html`<option value=${m.slug} ?selected=${s.muscle_group === m.slug}>${m.name}</option>`)}</select></div>
      <div class="field"><label for="d${di}-equipment">Equipment</label>
        <select id="d${di}-equipment" name="equipment"><option value="">Any</option><option value="bodyweight">Bodyweight</option>
          ${b.equipment.map((q) => html`<option value=${q.slug} ?selected=${s.equipment === q.slug}>${q.name}</option>`)}</select></div>
    </div>
    <button type="submit">Search</button>
    ${formError(s.error)}
    ${s.results === null ? html`<p class="muted" role="status">Searching…</p>` : nothing}
    ${s.results ? html`<p class="muted" role="status">${s.results.length} found</p>
      <ul class="results">${s.results.map((x) => html`<li>
        <button class="result" @click=${(e) => { e.preventDefault(); addExercise(day, x); }}>Add ${x.name}
          <span class="muted">· ${x.primary_muscle_group}${x.equipment.length ? ` · ${x.equipment.join(', ')}` : ''}</span></button></li>`)}</ul>` : nothing}
  </form>`;
}

function dayCard(day, di) {
  const errors = { name: b.error?.fields[`days[${di}].name`] };
  return html`<section class="card day" aria-labelledby="day-${di}-title">
    <h3 id="day-${di}-title">Day ${di + 1}${day.name ? `: ${day.name}` : ''}</h3>
    ${field({ label: 'Day name', name: 'name', id: `d${di}-name`, value: day.name, required: true, errors,
      onChange: (e) => { day.name = e.target.value; changed(); } })}
    <ol class="exercises">${day.exercises.map((ex, ei) => exerciseCard(day, di, ex, ei))}</ol>
    ${searchForm(day, di)}
    ${customForm(day, di)}
    <div class="actions">
      <button @click=${() => move(b.draft.days, di, -1)} ?disabled=${di === 0}>Move day up<span class="visually-hidden"> ${day.name}</span></button>
      <button @click=${() => move(b.draft.days, di, 1)} ?disabled=${di === b.draft.days.length - 1}>Move day down<span class="visually-hidden"> ${day.name}</span></button>
      <button @click=${() => { b.draft.days.splice(di, 1); changed(); }}>Remove day<span class="visually-hidden"> ${day.name}</span></button>
    </div>
  </section>`;
}

export function builder() {
  if (!b || (!b.draft && !b.error)) return html`<h1 tabindex="-1">Plan</h1><p class="muted">Loading…</p>`;
  if (!b.draft) return html`<h1 tabindex="-1">Plan</h1>${formError(b.error)}`;
  const d = b.draft;
  const active = person()?.active_training_plan_id === d.id;
  return html`<h1 tabindex="-1">${d.name}</h1>
    <p><a href="/plans" @click=${(e) => { e.preventDefault(); navigate('/plans'); }}>All plans</a></p>
    ${field({ label: 'Plan name', name: 'name', id: 'plan-name', value: d.name, required: true, errors: b.error?.fields,
      onChange: (e) => { d.name = e.target.value; changed(); } })}
    ${d.days.map((day, di) => dayCard(day, di))}
    <button @click=${() => { d.days.push({ name: `Day ${d.days.length + 1}`, exercises: [] }); changed(); }}>Add day</button>
    <div class="savebar">
      ${formError(b.error, Object.keys(b.error?.fields ?? {}))}
      ${b.saved ? html`<p role="status" class="ok">${b.saved}</p>` : nothing}
      <button class="primary" @click=${save} ?disabled=${b.busy}>Save plan</button>
      ${active ? html`<span class="badge">Active plan</span>` : html`<button @click=${async () => {
        await save();
        if (!b.error) await activate(d.id);
        b.saved = `${d.name} is your active plan.`;
        update();
      }}>Save and make active</button>`}
    </div>
    ${coachCard(b.coach, d, async (plan) => { b.draft = toDraft(plan); b.saved = null; await loadProgression(); })}`;
}
