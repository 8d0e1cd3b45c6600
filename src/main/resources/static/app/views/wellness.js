// Wellness: a day's check-in (sleep, stress, energy, motivation, body weight), that day's meals, and what goes
// together in plain language. Today unless another day is chosen (/wellness?date=…); a day is recorded whole
// (PUT /api/daily-metrics/{date}), so each save sends the day as it is with the one change.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { get, put } from '../api.js';
import { field, formError } from '../forms.js';
import { state, unit, update } from '../state.js';
import { dateText, dayIn, fmt, problem, styles } from './shared.js';

styles('/app/views/progress.css');

let w = {};

const zone = () => state.me?.time_zone || 'UTC';

const readDay = (date) => get(`/api/daily-metrics/${date}`)
  .catch((error) => (error.status === 404 ? null : Promise.reject(error)));

export async function enter({ query }) {
  const today = dayIn(zone());
  const asked = query.get('date');
  w = { loading: true, date: /^\d{4}-\d{2}-\d{2}$/.test(asked ?? '') ? asked : today, today };
  update();
  try {
    const [day, insights] = await Promise.all([readDay(w.date), get('/api/insights?limit=5')]);
    w = { date: w.date, today, day, insights };
  } catch (error) {
    w = { date: w.date, today, error: problem(error), dateError: error.fields?.date ? error : null };
  }
  update();
}

/**
 * Shows another day in place (the address says which, for a reload); a day the API refuses stays unshown. The day's
 * forms are drawn anew, so nothing typed for one day is left in them for another.
 */
async function showDay(date) {
  if (!date) {
    w.dateError = { message: '', fields: { date: 'Choose a day' } };
    update();
    return;
  }
  w.dateError = null;
  w.busy = true;
  w.switching = true;
  update();
  try {
    const [day, insights] = await Promise.all([readDay(date), w.insights ?? get('/api/insights?limit=5')]);
    w = { date, today: w.today, day, insights };
    history.replaceState(null, '', date === w.today ? '/wellness' : `/wellness?date=${date}`);
  } catch (error) {
    w.dateError = problem(error);
  }
  w.busy = false;
  w.switching = false;
  update();
}

const shift = (date, days) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

function dayPicker() {
  const errors = w.dateError?.fields ?? {};
  return html`<form class="card day-nav" novalidate aria-label="Choose the day"
      @submit=${(e) => { e.preventDefault(); showDay(new FormData(e.target).get('date')); }}>
    ${field({ label: 'Day', name: 'date', type: 'date', value: w.date, max: w.today, errors })}
    <button type="submit" ?disabled=${w.busy}>Show day</button>
    <button type="button" ?disabled=${w.busy} @click=${() => showDay(shift(w.date, -1))}>Previous day</button>
    <button type="button" ?disabled=${w.busy || w.date >= w.today} @click=${() => showDay(shift(w.date, 1))}>Next day</button>
    ${w.date !== w.today ? html`<button type="button" class="link" @click=${() => showDay(w.today)}>Back to today</button>` : nothing}
    ${errors.date ? nothing : formError(w.dateError)}
  </form>`;
}

/** The instant of a wall-clock time on a date in a time zone. */
function zonedInstant(date, time, timeZone) {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, h, min);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric',
    month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(guess))
    .map((part) => [part.type, Number(part.value)]));
  const offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - guess;
  return new Date(guess - offset);
}

const clock = (instant) => new Intl.DateTimeFormat('en-GB', { timeZone: zone(), hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23' }).format(new Date(instant));

/** When the user woke: as recorded, else 07:00 (or now, if earlier today). */
function wakeTime() {
  if (w.day?.sleep_end) return clock(w.day.sleep_end);
  const now = clock(new Date());
  return w.date === w.today && now < '07:00' ? now : '07:00';
}

/** The day as the API takes it back: everything recorded, so a save changes only what it means to. */
function dayRequest(day) {
  const keep = ['body_fat_percent', 'body_weight', 'energy_level', 'motivation_level', 'notes', 'resting_heart_rate',
    'sleep_end', 'sleep_quality', 'sleep_start', 'steps', 'stress_level', 'water_ml'];
  const request = Object.fromEntries(keep.map((key) => [key, day?.[key] ?? null]));
  request.meals = (day?.meals ?? []).map(({ name, time, calories, protein_g, carbs_g, fat_g, fiber_g }) =>
    ({ name, time, calories, protein_g, carbs_g, fat_g, fiber_g }));
  if (day?.girths && Object.values(day.girths).some((v) => v !== null)) request.girths = day.girths;
  return request;
}

const numberOrNull = (value) => (value === '' || value === undefined ? null : Number(value));

async function saveDay(change, key, message) {
  w[`${key}Error`] = null;
  w[`${key}Saved`] = '';
  w.busy = true;
  update();
  try {
    w.day = await put(`/api/daily-metrics/${w.date}`, { ...dayRequest(w.day), ...change });
    w[`${key}Saved`] = message;
    w.busy = false;
    update();
    return true;
  } catch (error) {
    w[`${key}Error`] = problem(error);
    w.busy = false;
    update();
    return false;
  }
}

function checkIn(e) {
  e.preventDefault();
  const v = Object.fromEntries(new FormData(e.target).entries());
  const hours = numberOrNull(v.sleep_start);
  if (hours !== null && !(hours > 0 && hours <= 24)) {
    w.checkError = { message: '', fields: { sleep_start: 'Enter the hours slept, more than 0 and at most 24' } };
    update();
    return;
  }
  const end = hours === null || !v.sleep_end ? null : zonedInstant(w.date, v.sleep_end, zone());
  saveDay({
    sleep_start: end ? new Date(end.getTime() - hours * 3600000).toISOString() : null,
    sleep_end: end ? end.toISOString() : null,
    sleep_quality: numberOrNull(v.sleep_quality), stress_level: numberOrNull(v.stress_level),
    energy_level: numberOrNull(v.energy_level), motivation_level: numberOrNull(v.motivation_level),
    body_weight: numberOrNull(v.body_weight),
  }, 'check', 'Check-in saved.');
}

async function addMeal(e) {
  e.preventDefault();
  const form = e.target;
  const v = Object.fromEntries(new FormData(form).entries());
  const meal = { name: v.name.trim() || null, time: v.time || null, calories: numberOrNull(v.calories),
    protein_g: numberOrNull(v.protein_g), carbs_g: null, fat_g: null, fiber_g: null };
  if (await saveDay({ meals: [...dayRequest(w.day).meals, meal] }, 'meal', `${meal.name ?? 'Meal'} added.`)) form.reset();
}

function removeMeal(index) {
  const meals = dayRequest(w.day).meals.filter((_, i) => i !== index);
  saveDay({ meals }, 'meal', 'Meal removed.');
}

/** The API names a new meal's fields meals[n].calories: shown beside the form's own fields. */
function mealErrors() {
  const prefix = `meals[${w.day?.meals.length ?? 0}].`;
  const named = Object.entries(w.mealError?.fields ?? {}).filter(([name]) => name.startsWith(prefix));
  return { errors: Object.fromEntries(named.map(([name, text]) => [name.slice(prefix.length), text])), shown: named.map(([name]) => name) };
}

const METRICS = {
  SLEEP_HOURS: 'hours slept', SLEEP_QUALITY: 'sleep quality', STRESS_LEVEL: 'stress', ENERGY_LEVEL: 'energy',
  MOTIVATION_LEVEL: 'motivation', BODY_WEIGHT: 'body weight', CALORIES: 'calories', PROTEIN: 'protein', STEPS: 'steps',
  VOLUME: 'training volume', HARD_SETS: 'hard sets', AVERAGE_RIR: 'reps in reserve', E1RM_CHANGE: 'strength gains',
  SESSION_DONE: 'training at all',
};

function insightText(i) {
  if (i.insight_text) return i.insight_text;
  const together = i.correlation_value >= 0 ? 'rise and fall together' : 'move in opposite directions';
  return `Your ${METRICS[i.primary_metric] ?? i.primary_metric} and ${METRICS[i.secondary_metric] ?? i.secondary_metric} `
    + `${together}${i.lag_days ? ` (${i.lag_days} ${i.lag_days === 1 ? 'day' : 'days'} apart)` : ''}, over ${i.sample_size} days.`;
}

function checkInForm() {
  const d = w.day;
  const errors = w.checkError?.fields ?? {};
  const level = (label, name, max) => field({ label, name, type: 'number', inputmode: 'numeric', min: 1, max, errors,
    value: d?.[name] ?? '', hint: `1 (low) to ${max} (high)` });
  return html`<form class="card" novalidate @submit=${checkIn} aria-labelledby="check-title">
    <h2 id="check-title">Daily check-in</h2>
    <p class="muted">${dateText(w.date)}: the night before and how you feel now.</p>
    ${formError(w.checkError, ['sleep_start', 'sleep_end', 'sleep_quality', 'stress_level', 'energy_level', 'motivation_level', 'body_weight'])}
    <div class="row">
      ${field({ label: 'Hours slept', name: 'sleep_start', type: 'number', inputmode: 'decimal', step: '0.25', min: 0, max: 24,
        value: d?.sleep_hours ?? '', errors })}
      ${field({ label: 'Woke up at', name: 'sleep_end', type: 'time', value: wakeTime(), errors })}
      ${field({ label: 'Sleep quality', name: 'sleep_quality', type: 'number', inputmode: 'numeric', min: 1, max: 5,
        value: d?.sleep_quality ?? '', errors, hint: '1 (poor) to 5 (great)' })}
    </div>
    <div class="row">
      ${level('Stress', 'stress_level', 10)}
      ${level('Energy', 'energy_level', 10)}
      ${level('Motivation', 'motivation_level', 10)}
    </div>
    ${field({ label: `Body weight (${unit()})`, name: 'body_weight', type: 'number', inputmode: 'decimal', step: 'any', min: 0,
      value: d?.body_weight ?? '', errors })}
    <button class="primary" type="submit" ?disabled=${w.busy}>Save check-in</button>
    <p class="ok" role="status">${w.checkSaved ?? ''}</p>
  </form>`;
}

function meals() {
  const list = w.day?.meals ?? [];
  const { errors, shown } = mealErrors();
  const totals = w.day?.totals;
  return html`<section class="card" aria-labelledby="meals-title"><h2 id="meals-title">Meals ${w.date === w.today ? 'today' : `on ${dateText(w.date)}`}</h2>
    ${list.length ? html`<ul class="meals">${list.map((meal, i) => html`<li class="meal">
        <span><strong>${meal.name ?? 'Meal'}</strong>${meal.time ? ` at ${meal.time.slice(0, 5)}` : ''}:
          ${fmt(meal.calories)} kcal, ${fmt(meal.protein_g)} g protein</span>
        <button class="link" @click=${() => removeMeal(i)}>Remove<span class="visually-hidden"> ${meal.name ?? 'meal'}</span></button></li>`)}</ul>
      ${totals ? html`<p>Total: <strong>${fmt(totals.calories)} kcal</strong>, ${fmt(totals.protein_g)} g protein</p>` : nothing}`
      : html`<p class="muted">No meals recorded ${w.date === w.today ? 'today' : 'that day'}.</p>`}
    <form novalidate @submit=${addMeal} aria-label="Add a meal">
      ${formError(w.mealError, shown)}
      <div class="row">
        ${field({ label: 'Meal', name: 'name', id: 'meal-name', errors, autocomplete: 'off' })}
        ${field({ label: 'Time', name: 'time', id: 'meal-time', type: 'time', errors })}
        ${field({ label: 'Calories (kcal)', name: 'calories', id: 'meal-calories', type: 'number', inputmode: 'numeric', min: 0, errors })}
        ${field({ label: 'Protein (g)', name: 'protein_g', id: 'meal-protein', type: 'number', inputmode: 'decimal', min: 0, step: 'any', errors })}
      </div>
      <button type="submit" ?disabled=${w.busy}>Add meal</button>
      <p class="ok" role="status">${w.mealSaved ?? ''}</p>
    </form>
  </section>`;
}

function insights() {
  return html`<section class="card" aria-labelledby="insights-title"><h2 id="insights-title">What goes together</h2>
    ${w.insights.length ? html`<ul class="insights">${w.insights.map((i) => html`<li class="insight">${insightText(i)}
        ${i.significant ? nothing : html`<span class="muted">(not certain yet)</span>`}</li>`)}</ul>`
      : html`<p class="muted">Nothing yet: after a few weeks of check-ins and workouts, this shows how your sleep, stress and food go with your training.</p>`}
  </section>`;
}

export function view() {
  if (w.loading || !w.date) return html`<h1 tabindex="-1">Wellness</h1><p class="muted">Loading…</p>`;
  if (w.error) return html`<h1 tabindex="-1">Wellness</h1>${w.dateError ? dayPicker() : formError(w.error)}`;
  return html`<h1 tabindex="-1">Wellness</h1>${dayPicker()}
    ${w.switching ? html`<p class="muted">Loading…</p>` : html`${checkInForm()}${meals()}`}${insights()}`;
}
