// Progress: the dashboard of the user's widgets (shown, hidden and arranged), history as a list and a month,
// a past workout, an exercise's charts, personal records, and reports made in the background and downloaded.
import { html, svg, nothing } from '/webjars/lit-html/lit-html.js';
import { del, file, get, post, put } from '../api.js';
import { field, formError, select, values } from '../forms.js';
import { state, unit, update } from '../state.js';
import { RECORD_NAMES, VERDICTS, dateText, dayIn, fmt, go, problem, styles } from './shared.js';

styles('/app/views/progress.css');

let p = {};

const link = (path, text) => html`<a href=${path} @click=${go(path)}>${text}</a>`;
const heading = (text) => html`<h1 tabindex="-1">${text}</h1>`;
const loading = (title) => html`${heading(title)}<p class="muted">Loading…</p>`;
const zone = () => state.me?.time_zone;

const sections = () => html`<nav class="subnav" aria-label="Progress"><ul>
  ${[['/dashboard', 'Dashboard', 'dashboard'], ['/history', 'History', 'history'], ['/records', 'Records', 'records'],
    ['/reports', 'Reports', 'reports']].map(([path, text, name]) => html`<li><a href=${path} @click=${go(path)}
      aria-current=${state.route.name === name ? 'page' : nothing}>${text}</a></li>`)}
</ul></nav>`;

/**
 * Loads a screen's data into p: `load` answers the screen's fields; a failure is kept as p.error. The router
 * draws a screen before its data comes, so each screen shows "Loading…" until p is its own.
 */
async function enterWith(screen, load) {
  p = { screen, loading: true };
  update();
  try {
    p = { screen, ...(await load()) };
  } catch (error) {
    p = { screen, error: problem(error) };
  }
  update();
}

const waiting = (screen) => p.screen !== screen || p.loading;

// ---- charts: inline SVG, described in words and given as a table too ----

/** A line (or bar) chart of points [{label, y}] in `unit`, with its summary and its data as a table. */
export function chart({ title, unit: u, points, bars = false, id }) {
  if (!points.length) return html`<p class="muted">${title}: nothing recorded yet.</p>`;
  const [width, height, left, right, top, bottom] = [320, 150, 44, 8, 8, 22];
  const ys = points.map((point) => point.y);
  let low = bars ? 0 : Math.min(...ys);
  let high = Math.max(...ys);
  if (high === low) {
    high += 1;
    low = bars ? 0 : Math.max(0, low - 1);
  }
  const slot = (width - left - right) / points.length;
  const x = (i) => left + slot * (i + 0.5);
  const y = (v) => top + (height - top - bottom) * (1 - (v - low) / (high - low));
  const best = points.reduce((a, b) => (b.y > a.y ? b : a));
  const summary = `${title}: ${points.length} ${points.length === 1 ? 'value' : 'values'} from ${points[0].label} to ${points.at(-1).label}; `
    + `first ${fmt(points[0].y)} ${u}, last ${fmt(points.at(-1).y)} ${u}, highest ${fmt(best.y)} ${u} (${best.label}).`;
  const marks = bars
    ? points.map((point, i) => svg`<rect class="bar" x=${x(i) - slot * 0.35} y=${y(point.y)} width=${slot * 0.7}
        height=${Math.max(1, y(low) - y(point.y))}></rect>`)
    : svg`<polyline class="line" points=${points.map((point, i) => `${x(i)},${y(point.y)}`).join(' ')}></polyline>
      ${points.map((point, i) => svg`<circle class="dot" cx=${x(i)} cy=${y(point.y)} r="3"></circle>`)}`;
  return html`<figure class="chart" data-chart=${id}>
    <svg viewBox="0 0 320 150" role="img" aria-label=${summary}>
      <line class="axis" x1=${left} y1=${y(low)} x2=${width - right} y2=${y(low)}></line>
      <text x=${left - 4} y=${top + 8} text-anchor="end">${fmt(high)}</text>
      <text x=${left - 4} y=${y(low)} text-anchor="end">${fmt(low)}</text>
      <text x=${left} y=${height - 4}>${points[0].label}</text>
      <text x=${width - right} y=${height - 4} text-anchor="end">${points.at(-1).label}</text>
      ${marks}
    </svg>
    <figcaption>${summary}</figcaption>
    <details><summary>${title} as a table</summary>
      <table><thead><tr><th scope="col">When</th><th scope="col">${title} (${u})</th></tr></thead>
        <tbody>${points.map((point) => html`<tr><th scope="row">${point.label}</th><td>${fmt(point.y)}</td></tr>`)}</tbody></table>
    </details>
  </figure>`;
}

const shortDate = (value) => dateText(value, { day: 'numeric', month: 'short' });
/** A session's date is a UTC day, whatever the device's time zone. */
const sessionDay = (s) => dateText(s.session_date.slice(0, 10));

// ---- dashboard ----

export const enterDashboard = () => enterWith('dashboard', loadDashboard);

async function loadDashboard() {
  const [board, widgets, last] = await Promise.all([get('/api/dashboard'), get('/api/dashboard/widgets'),
    get('/api/training-sessions?status=COMPLETED&limit=1')]);
  return { board, widgets, last: last[0] ?? null, arranging: p.arranging, saved: p.saved, pick: p.pick ?? {},
    adding: p.adding };
}

/**
 * Sends one change of the widgets (`send` answers the saved text), then shows the dashboard as the service now has
 * it; `key` names the error's place (the arranging list or the form adding a widget). Answers whether it was saved.
 */
async function saveWidgets(send, key, focusId) {
  p.arrangeError = null;
  p.addError = null;
  p.saved = '';
  update();
  try {
    const saved = await send();
    Object.assign(p, await loadDashboard());
    p.saved = saved;
  } catch (error) {
    p[key] = problem(error);
  }
  update();
  if (focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  return !p[key];
}

const changeWidget = (widget, change, focusId) => saveWidgets(async () => {
  await put(`/api/dashboard/widgets/${widget.id}`, change);
  return `Saved: ${widget.widget_title ?? widget.widget_type}`;
}, 'arrangeError', focusId);

const removeWidget = (widget) => saveWidgets(async () => {
  await del(`/api/dashboard/widgets/${widget.id}`);
  return `Removed: ${titleOf(widget)}`;
}, 'arrangeError', 'arrange-title');

const titleOf = (widget) => widget.widget_title || widget.widget_type.toLowerCase().replaceAll('_', ' ');

function move(widget, to) {
  if (to < 1 || to > p.widgets.length || to === widget.widget_position) return;
  const direction = to < widget.widget_position ? 'up' : 'down';
  changeWidget(widget, { widget_position: to }, `${direction}-${widget.id}`);
}

function drop(e, target) {
  e.preventDefault();
  const dragged = p.widgets.find((w) => w.id === e.dataTransfer.getData('text/plain'));
  if (dragged) move(dragged, target.widget_position);
}

function arrange() {
  const widgets = [...p.widgets].sort((a, b) => a.widget_position - b.widget_position);
  return html`<section class="card" aria-labelledby="arrange-title">
    <h2 id="arrange-title" tabindex="-1">Arrange widgets</h2>
    <p class="muted">Drag a widget to its place, or move it with its buttons; untick it to hide it, pick its size, or remove it.</p>
    ${formError(p.arrangeError, ['is_visible', 'widget_position'])}
    <ol class="arrange">${widgets.map((w, i) => html`<li class="arrange-item" draggable="true" data-widget=${w.widget_type}
        @dragstart=${(e) => { e.dataTransfer.setData('text/plain', w.id); e.dataTransfer.effectAllowed = 'move'; }}
        @dragover=${(e) => e.preventDefault()} @drop=${(e) => drop(e, w)}>
      <span class="grip" aria-hidden="true">⠿</span>
      <label class="check"><input type="checkbox" .checked=${w.is_visible}
        @change=${(e) => changeWidget(w, { is_visible: e.target.checked })}> Show ${titleOf(w)}</label>
      <div class="arrange-controls">
        <label class="visually-hidden" for="size-${w.id}">Size of ${titleOf(w)}</label>
        <select id="size-${w.id}" @change=${(e) => changeWidget(w, { widget_size: e.target.value }, `size-${w.id}`)}>
          ${SIZES.map((o) => html`<option value=${o.value} ?selected=${o.value === w.widget_size}>${o.label}</option>`)}
        </select>
        <button id="up-${w.id}" ?disabled=${i === 0} @click=${() => move(w, w.widget_position - 1)}>Up<span class="visually-hidden">: move ${titleOf(w)} up</span></button>
        <button id="down-${w.id}" ?disabled=${i === widgets.length - 1} @click=${() => move(w, w.widget_position + 1)}>Down<span class="visually-hidden">: move ${titleOf(w)} down</span></button>
        <button class="danger" @click=${() => removeWidget(w)}>Remove<span class="visually-hidden"> ${titleOf(w)}</span></button>
      </div>
    </li>`)}</ol>
    <p class="ok" role="status">${p.saved ?? ''}</p>
  </section>
  ${addForm()}`;
}

const SIZES = [{ value: 'SMALL', label: 'Small' }, { value: 'MEDIUM', label: 'Medium' }, { value: 'LARGE', label: 'Large' }];

/** The API's widget types (WidgetType), as the app names them; an estimated-1RM trend follows one exercise. */
const WIDGET_TYPES = [{ value: 'NEXT_WORKOUT', label: 'Next workout' }, { value: 'WEEKLY_VOLUME', label: 'Weekly volume' },
  { value: 'MUSCLE_SETS', label: 'Hard sets this week' }, { value: 'E1RM_TREND', label: 'Estimated 1RM of an exercise' },
  { value: 'RECENT_RECORDS', label: 'Recent records' }, { value: 'ADHERENCE_STREAK', label: 'Consistency' },
  { value: 'BODY_WEIGHT_TREND', label: 'Body weight' }, { value: 'WELLNESS_TODAY', label: 'Today' },
  { value: 'TOP_INSIGHT', label: 'What goes together' }];

/** The types the user can add: those they do not have, and an estimated-1RM trend (one per exercise) always. */
function addable() {
  const have = new Set(p.widgets.map((w) => w.widget_type));
  return WIDGET_TYPES.filter((t) => t.value === 'E1RM_TREND' || !have.has(t.value));
}

const addingType = () => (addable().some((t) => t.value === p.adding) ? p.adding : addable()[0].value);

function chooseWidgetType(e) {
  p.adding = e.target.value;
  if (p.adding === 'E1RM_TREND' && !p.pick.widget) findExercises('widget', '');
  update();
}

async function addWidget(e) {
  e.preventDefault();
  const form = e.target;
  const v = values(form);
  const type = WIDGET_TYPES.find((t) => t.value === v.widget_type);
  const exercise = p.pick.widget?.results?.find((x) => x.id === v.exercise_id);
  const request = { widget_type: type.value, widget_size: v.widget_size,
    widget_title: exercise ? `Estimated 1RM: ${exercise.name}` : type.label };
  if (type.value === 'E1RM_TREND') request.settings = { exercise_id: v.exercise_id ?? null };
  const added = await saveWidgets(async () => {
    await post('/api/dashboard/widgets', request);
    return `Added: ${request.widget_title}`;
  }, 'addError', 'add-type');
  if (added) form.reset();
}

function addForm() {
  const errors = p.addError?.fields ?? {};
  const type = addingType();
  return html`<form class="card" novalidate @submit=${addWidget} aria-labelledby="add-title">
    <h2 id="add-title">Add a widget</h2>
    ${formError(p.addError, ['widget_type', 'widget_size', 'settings.exercise_id'])}
    ${select({ label: 'Widget', name: 'widget_type', id: 'add-type', value: type, options: addable(), errors, onChange: chooseWidgetType })}
    ${select({ label: 'Size', name: 'widget_size', id: 'add-size', value: 'MEDIUM', options: SIZES, errors })}
    ${type === 'E1RM_TREND' ? exercisePicker('widget', errors['settings.exercise_id']) : nothing}
    <button class="primary" type="submit">Add widget</button>
  </form>`;
}

// ---- choosing an exercise: the ones used lately, or a search of the catalog (with the user's own) ----

async function findExercises(key, search) {
  p.pick[key] = { search, results: null };
  update();
  try {
    p.pick[key].results = await get(`/api/exercises?limit=8&${search ? `search=${encodeURIComponent(search)}` : 'sort=recent'}`);
  } catch (error) {
    p.pick[key].error = problem(error);
  }
  update();
}

/** Radio buttons named exercise_id inside the caller's form; `error` is the API's message for the field. */
function exercisePicker(key, error) {
  const pick = p.pick[key] ?? { search: '' };
  const find = () => findExercises(key, document.getElementById(`${key}-search`).value.trim());
  return html`<fieldset class="picker ${error ? 'invalid' : ''}" aria-describedby=${error ? `${key}-exercise-error` : nothing}>
    <legend>Exercise</legend>
    <div class="picker-search">
      <label for="${key}-search">Search exercises</label>
      <input id="${key}-search" type="search" autocomplete="off" .value=${pick.search ?? ''}
        @keydown=${(e) => { if (e.key === 'Enter') { e.preventDefault(); find(); } }}>
      <button type="button" @click=${find}>Find<span class="visually-hidden"> exercises</span></button>
    </div>
    ${error ? html`<p class="error" id="${key}-exercise-error">${error}</p>` : nothing}
    <p class="muted" id="${key}-found" role="status">${!pick.results ? '' : pick.search ? `Matching “${pick.search}”:` : 'Recently used first:'}</p>
    ${pick.error ? formError(pick.error) : !pick.results ? html`<p class="muted">Loading…</p>`
      : pick.results.length ? html`<ul class="choices">${pick.results.map((x) => html`<li>
          <input type="radio" id="${key}-ex-${x.id}" name="exercise_id" value=${x.id} aria-invalid=${error ? 'true' : 'false'}>
          <label for="${key}-ex-${x.id}">${x.name}</label></li>`)}</ul>`
        : html`<p class="muted">No exercise matches “${pick.search}”.</p>`}
  </fieldset>`;
}

function recordList(list) {
  if (!list.length) return html`<p class="muted">No records yet: they come with your workouts.</p>`;
  const u = unit();
  return html`<ul>${list.map((r) => html`<li class="record">${link(`/exercises/${r.exercise_id}`, r.exercise_name)}:
    ${RECORD_NAMES[r.type] ?? r.type} ${fmt(r.value)}${r.weight !== null ? ` (${r.reps ?? ''} × ${fmt(r.weight)} ${u})` : ''}
    <span class="muted">· ${shortDate(r.achieved_at)}</span></li>`)}</ul>`;
}

const LEVELS = [['sleep_hours', 'Sleep', ' h'], ['sleep_quality', 'Sleep quality', '/5'], ['energy_level', 'Energy', '/10'],
  ['stress_level', 'Stress', '/10'], ['motivation_level', 'Motivation', '/10']];

function widgetBody(w) {
  const d = w.data;
  const u = unit();
  switch (w.widget_type) {
    case 'NEXT_WORKOUT':
      if (!d.day_name) return html`<p>Nothing planned: pick an active plan. ${link('/plans', 'Plans')}</p>`;
      return html`<p><strong>${d.day_name}</strong> of ${d.plan_name}${d.start ? ` · ${dateText(d.start)}` : ''}</p>
        ${link('/today', d.under_way ? 'Carry on' : 'Go to today')}`;
    case 'WEEKLY_VOLUME':
      return chart({ title: 'Volume per week', unit: u, bars: true, id: 'weekly-volume',
        points: d.weeks.map((week) => ({ label: shortDate(week.week), y: Number(week.volume) })) });
    case 'MUSCLE_SETS':
      return d.muscle_groups.length ? html`<ul>${d.muscle_groups.map((m) => html`<li>${m.muscle_group.toLowerCase().replaceAll('_', ' ')}: ${fmt(m.hard_sets)} hard sets</li>`)}</ul>`
        : html`<p class="muted">No hard sets this week yet.</p>`;
    case 'E1RM_TREND':
      return chart({ title: `Estimated 1RM of ${d.exercise_name}`, unit: u, id: 'e1rm-trend',
        points: d.points.map((point) => ({ label: shortDate(point.date), y: Number(point.estimated_one_rep_max) })) });
    case 'RECENT_RECORDS':
      return recordList(d.records);
    case 'ADHERENCE_STREAK':
      return html`<p><span class="big">${d.current_weekly_streak}</span> ${d.current_weekly_streak === 1 ? 'week' : 'weeks'} in a row
        (longest ${d.longest_weekly_streak})</p>
        <p class="muted">${d.due ? `${d.done} of ${d.due} scheduled workouts done` : 'No scheduled workouts due'}</p>`;
    case 'BODY_WEIGHT_TREND':
      return chart({ title: 'Body weight', unit: u, id: 'body-weight',
        points: d.points.map((point) => ({ label: shortDate(point.date), y: Number(point.weight) })) });
    case 'WELLNESS_TODAY':
      return d.recorded ? html`<ul>${LEVELS.filter(([key]) => d[key] !== null).map(([key, text, suffix]) => html`<li>${text}: ${fmt(d[key])}${suffix}</li>`)}</ul>
          ${link('/wellness', 'Change today\'s check-in')}`
        : html`<p>No check-in today yet.</p>${link('/wellness', 'Check in')}`;
    case 'TOP_INSIGHT':
      return d.insight ? html`<p>${d.insight.insight_text}</p>` : html`<p class="muted">Nothing goes together clearly yet: keep checking in.</p>`;
    default:
      return nothing;
  }
}

function lastWorkout() {
  const s = p.last;
  if (!s) return html`<p>No finished workout yet. ${link('/today', 'Train today')}</p>`;
  const done = s.sets.filter((set) => set.status === 'COMPLETED').length;
  return html`<p data-testid="last-workout"><strong>${s.title ?? 'Workout'}</strong> · ${sessionDay(s)}:
    ${s.exercises.map((ex) => ex.exercise_name).join(', ')}; ${done} ${done === 1 ? 'set' : 'sets'} done</p>
    ${link(`/history/${s.id}`, 'See this workout')}`;
}

function toggleArranging() {
  p.arranging = !p.arranging;
  if (p.arranging && addingType() === 'E1RM_TREND' && !p.pick.widget) findExercises('widget', '');
  update();
}

export function dashboard() {
  if (waiting('dashboard')) return loading('Dashboard');
  if (p.error) return html`${heading('Dashboard')}${sections()}${formError(p.error)}`;
  const visible = [...p.board.widgets].sort((a, b) => a.widget_position - b.widget_position);
  return html`${heading('Dashboard')}${sections()}
    <div class="widgets">
      <section class="card widget large" aria-labelledby="w-last"><h2 id="w-last">Last workout</h2>${lastWorkout()}</section>
      ${visible.map((w) => html`<section class="card widget ${w.widget_size.toLowerCase()}" data-widget=${w.widget_type}
          aria-labelledby="w-${w.id}"><h2 id="w-${w.id}">${titleOf(w)}</h2>${widgetBody(w)}</section>`)}
    </div>
    <button aria-expanded=${p.arranging ? 'true' : 'false'} @click=${toggleArranging}>Arrange widgets</button>
    ${p.arranging ? arrange() : nothing}`;
}

// ---- history: a list, or a month as a calendar ----

const monthOf = (query) => (/^\d{4}-\d{2}$/.test(query.get('month') ?? '') ? query.get('month') : dayIn(zone()).slice(0, 7));

export const enterHistory = ({ query }) => enterWith('history', async () => {
  const calendar = query.get('view') === 'calendar';
  const month = monthOf(query);
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const sessions = await get(calendar
    ? `/api/training-sessions?status=COMPLETED&date_from=${month}-01&date_to=${month}-${last}&limit=100`
    : '/api/training-sessions?status=COMPLETED&limit=50');
  return { sessions, calendar, month, days: last };
});

const shiftMonth = (month, by) => {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

function sessionItem(s) {
  const done = s.sets.filter((set) => set.status === 'COMPLETED');
  const volume = done.reduce((sum, set) => sum + (set.actual_reps ?? 0) * (set.actual_weight ?? 0), 0);
  return html`<li class="card session-item" data-session-id=${s.id}>
    <h2>${link(`/history/${s.id}`, `${s.title ?? 'Workout'}, ${sessionDay(s)}`)}</h2>
    <p>${s.exercises.map((ex) => ex.exercise_name).join(', ')}</p>
    <p class="muted">${done.length} ${done.length === 1 ? 'set' : 'sets'} · ${fmt(volume)} ${unit()} lifted${s.duration_minutes ? ` · ${s.duration_minutes} min` : ''}</p>
  </li>`;
}

function month() {
  const [y, m] = p.month.split('-').map(Number);
  const first = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const byDay = {};
  for (const s of p.sessions) (byDay[Number(s.session_date.slice(8, 10))] ??= []).push(s);
  const cells = [...Array(first).fill(null), ...Array.from({ length: p.days }, (_, i) => i + 1)];
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const to = (monthKey) => `/history?view=calendar&month=${monthKey}`;
  return html`<div class="month-nav">
      <a class="button" href=${to(shiftMonth(p.month, -1))} @click=${go(to(shiftMonth(p.month, -1)))}>Previous<span class="visually-hidden"> month</span></a>
      <h2 id="month-title">${name}</h2>
      <a class="button" href=${to(shiftMonth(p.month, 1))} @click=${go(to(shiftMonth(p.month, 1)))}>Next<span class="visually-hidden"> month</span></a>
    </div>
    <table class="month" aria-labelledby="month-title">
      <thead><tr>${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
      <tbody>${weeks.map((week) => html`<tr>${week.map((day) => (day ? html`<td class=${byDay[day] ? 'trained' : ''}>
        <span class="day">${day}</span>${(byDay[day] ?? []).map((s) => html`<a href="/history/${s.id}" @click=${go(`/history/${s.id}`)}
          data-session-id=${s.id}>${s.title ?? 'Workout'}</a>`)}</td>` : html`<td></td>`))}</tr>`)}</tbody>
    </table>
    <p class="muted">${p.sessions.length} ${p.sessions.length === 1 ? 'workout' : 'workouts'} this month.</p>`;
}

export function history() {
  if (waiting('history')) return loading('History');
  const asCalendar = (calendar) => (calendar ? `/history?view=calendar&month=${p.month}` : '/history');
  return html`${heading('History')}${sections()}
    <div class="actions" role="group" aria-label="Show history as">
      ${[[false, 'List'], [true, 'Month']].map(([calendar, text]) => html`<a class="button ${p.calendar === calendar ? 'primary' : ''}"
        href=${asCalendar(calendar)} aria-current=${p.calendar === calendar ? 'page' : nothing} @click=${go(asCalendar(calendar))}>${text}</a>`)}
    </div>
    ${p.error ? formError(p.error) : p.calendar ? month()
      : p.sessions.length ? html`<ol class="sessions">${p.sessions.map(sessionItem)}</ol>`
        : html`<p>No finished workouts yet. ${link('/today', 'Train today')}</p>`}`;
}

// ---- a past workout ----

export const enterSession = ({ sessionId }) => enterWith('session', async () => {
  const [session, results, analysis] = await Promise.all([get(`/api/training-sessions/${sessionId}`),
    get(`/api/training-sessions/${sessionId}/results`).catch(() => []),
    get(`/api/training-sessions/${sessionId}/analysis`).catch(() => [])]);
  return { session, results, analysis };
});

export function session() {
  if (waiting('session')) return loading('Workout');
  if (p.error) return html`${heading('Workout')}${formError(p.error)}${link('/history', 'All workouts')}`;
  const s = p.session;
  const u = unit();
  const exercises = [...s.exercises].sort((a, b) => a.order_index - b.order_index);
  const verdict = (id) => p.analysis.find((c) => c.exercise_id === id);
  return html`${heading(s.title ?? 'Workout')}
    <p><span class="muted">${sessionDay(s)}${s.duration_minutes ? ` · ${s.duration_minutes} min` : ''}</span>
      · ${s.status.toLowerCase().replace('_', ' ')}</p>
    ${exercises.map((ex) => {
      const sets = s.sets.filter((set) => set.exercise_id === ex.exercise_id).sort((a, b) => a.set_index - b.set_index);
      const total = p.results.find((r) => r.exercise_id === ex.exercise_id);
      const c = verdict(ex.exercise_id);
      return html`<section class="card" aria-labelledby="ex-${ex.order_index}">
        <h2 id="ex-${ex.order_index}">${ex.exercise_name}</h2>
        <table><caption class="visually-hidden">Sets of ${ex.exercise_name}</caption>
          <thead><tr><th scope="col">Set</th><th scope="col">Done</th><th scope="col">Planned</th><th scope="col">RIR</th></tr></thead>
          <tbody>${sets.map((set) => html`<tr><th scope="row">${set.set_index}</th>
            <td>${set.status === 'COMPLETED' || set.status === 'FAILED' ? `${set.actual_reps} × ${fmt(set.actual_weight)} ${u}${set.status === 'FAILED' ? ' (failed)' : ''}` : set.status.toLowerCase()}</td>
            <td>${set.expected_reps ?? '–'} × ${fmt(set.expected_weight)} ${u}</td><td>${set.rir ?? '–'}</td></tr>`)}</tbody>
        </table>
        ${total ? html`<p class="muted">${total.sets_achieved} of ${total.sets_planned} sets, ${total.reps_achieved} reps, ${fmt(total.total_weight_lifted)} ${u} lifted</p>` : nothing}
        ${c ? html`<p>Compared with last time: ${VERDICTS[c.verdict] ?? c.verdict}</p>` : nothing}
        ${link(`/exercises/${ex.exercise_id}`, `Progress of ${ex.exercise_name}`)}
      </section>`;
    })}
    ${s.personal_records.length ? html`<section class="card" aria-labelledby="pr-title"><h2 id="pr-title">Records set</h2>
      ${recordList(s.personal_records)}</section>` : nothing}
    <p>${link('/history', 'All workouts')}</p>`;
}

// ---- an exercise's progress ----

export const enterExercise = ({ exerciseId }) => enterWith('exercise', async () => {
  const from = dayIn(zone(), new Date(Date.now() - 365 * 86400000));
  const [exercise, e1rm, sets] = await Promise.all([get(`/api/exercises/${exerciseId}`),
    get(`/api/stats/e1rm?exercise_id=${exerciseId}&from=${from}`), get(`/api/exercises/${exerciseId}/history?limit=100`)]);
  const bySession = new Map();
  for (const set of [...sets].reverse()) {
    const entry = bySession.get(set.session_id) ?? { date: set.session_date.slice(0, 10), title: set.session_title, volume: 0, best: set };
    entry.volume += set.reps * set.weight;
    if (set.estimated_one_rep_max > entry.best.estimated_one_rep_max) entry.best = set;
    bySession.set(set.session_id, entry);
  }
  return { exercise, e1rm, sessions: [...bySession.values()] };
});

export function exercise() {
  if (waiting('exercise')) return loading('Exercise progress');
  if (p.error) return html`${heading('Exercise progress')}${formError(p.error)}`;
  const u = unit();
  return html`${heading(p.exercise.name)}
    <p class="muted">Your progress over the last year, ${p.sessions.length} ${p.sessions.length === 1 ? 'workout' : 'workouts'} with it.</p>
    <section class="card" aria-labelledby="e1rm-title"><h2 id="e1rm-title">Estimated 1RM</h2>
      ${chart({ title: 'Estimated 1RM', unit: u, id: 'e1rm',
        points: p.e1rm.points.map((point) => ({ label: shortDate(point.date), y: Number(point.estimated_one_rep_max) })) })}</section>
    <section class="card" aria-labelledby="volume-title"><h2 id="volume-title">Volume per workout</h2>
      ${chart({ title: 'Volume', unit: u, bars: true, id: 'volume',
        points: p.sessions.map((entry) => ({ label: shortDate(entry.date), y: entry.volume })) })}</section>
    <section class="card" aria-labelledby="best-title"><h2 id="best-title">Best set per workout</h2>
      ${p.sessions.length ? html`<table><thead><tr><th scope="col">Workout</th><th scope="col">Best set</th><th scope="col">Estimated 1RM (${u})</th></tr></thead>
        <tbody>${[...p.sessions].reverse().map((entry) => html`<tr><th scope="row">${dateText(entry.date)}</th>
          <td>${entry.best.reps} × ${fmt(entry.best.weight)} ${u}${entry.best.rir !== null ? `, RIR ${entry.best.rir}` : ''}</td>
          <td>${fmt(entry.best.estimated_one_rep_max)}</td></tr>`)}</tbody></table>` : html`<p class="muted">No sets done yet.</p>`}
    </section>
    <p>${link('/records', 'All personal records')}</p>`;
}

// ---- personal records ----

export const enterRecords = () => enterWith('records', async () => ({ records: await get('/api/personal-records?limit=100') }));

export function records() {
  if (waiting('records')) return loading('Personal records');
  if (p.error) return html`${heading('Personal records')}${sections()}${formError(p.error)}`;
  const u = unit();
  const byExercise = new Map();
  for (const r of p.records) byExercise.set(r.exercise_id, [...(byExercise.get(r.exercise_id) ?? []), r]);
  return html`${heading('Personal records')}${sections()}
    ${p.records.length ? [...byExercise.values()].map((list) => html`<section class="card" aria-labelledby="pr-${list[0].exercise_id}">
      <h2 id="pr-${list[0].exercise_id}">${link(`/exercises/${list[0].exercise_id}`, list[0].exercise_name)}</h2>
      <table><caption class="visually-hidden">Records of ${list[0].exercise_name}</caption>
        <thead><tr><th scope="col">Record</th><th scope="col">Value</th><th scope="col">Set</th><th scope="col">When</th></tr></thead>
        <tbody>${list.map((r) => html`<tr class="record"><th scope="row">${RECORD_NAMES[r.type] ?? r.type}</th><td>${fmt(r.value)}</td>
          <td>${r.weight !== null ? `${r.reps ?? ''} × ${fmt(r.weight)} ${u}` : '–'}</td>
          <td>${link(`/history/${r.training_session_id}`, dateText(r.achieved_at))}</td></tr>`)}</tbody></table>
    </section>`) : html`<p>No records yet: they come with your workouts. ${link('/today', 'Train today')}</p>`}`;
}

// ---- reports ----

const REPORT_TYPES = [{ value: 'PROGRESS', label: 'Progress: volume, strength and records' }, { value: 'HISTORY', label: 'History: every set done' },
  { value: 'EXERCISE', label: 'Exercise: one exercise\'s sets, strength and records' }, { value: 'PLAN', label: 'Plan: one plan to print' }];
const FORMATS = [{ value: 'PDF', label: 'PDF' }, { value: 'CSV', label: 'CSV (spreadsheet)' }, { value: 'JSON', label: 'JSON' }];
let polling = null;

export const enterReports = () => enterWith('reports', async () => ({ reports: await get('/api/reports'), job: null,
  reportType: 'PROGRESS', pick: {} }));

/** An exercise report asks which exercise (the ones used lately first), a plan report which of the user's plans. */
async function chooseReportType(e) {
  p.reportType = e.target.value;
  p.requestError = null;
  if (p.reportType === 'EXERCISE' && !p.pick.report) findExercises('report', '');
  update();
  if (p.reportType === 'PLAN' && !p.plans) {
    try {
      p.plans = await get('/api/training-plans?limit=100&sort=created_at');
    } catch (error) {
      p.requestError = problem(error);
    }
    update();
  }
}

/** The request for the chosen type: a plan has no period; only an exercise report names an exercise. */
function reportRequest(v) {
  const request = { type: v.type, format: v.format };
  if (v.type !== 'PLAN') Object.assign(request, { from: v.from || null, to: v.to || null });
  if (v.type === 'EXERCISE') request.exercise_id = v.exercise_id ?? null;
  if (v.type === 'PLAN') request.plan_id = v.plan_id || null;
  return request;
}

function planChoice(errors) {
  if (!p.plans) return html`<p class="muted">Loading your plans…</p>`;
  if (!p.plans.length) return html`<p>You have no plans yet. ${link('/plans', 'Make one')}</p>`;
  return select({ label: 'Plan', name: 'plan_id', value: p.plans[0].id, errors,
    options: p.plans.map((plan) => ({ value: plan.id, label: plan.name })) });
}

async function requestReport(e) {
  e.preventDefault();
  const v = values(e.target);
  p.requestError = null;
  p.downloaded = '';
  p.busy = true;
  update();
  try {
    p.job = await post('/api/reports', reportRequest(v), { 'Idempotency-Key': crypto.randomUUID() });
    follow(p.job.id);
  } catch (error) {
    p.requestError = problem(error);
  }
  p.busy = false;
  update();
}

/** Polls the report's job each second until it ends (or the screen is left), then lists the reports again. */
function follow(jobId) {
  clearInterval(polling);
  polling = setInterval(async () => {
    if (state.route.name !== 'reports') {
      clearInterval(polling);
      return;
    }
    try {
      p.job = await get(`/api/jobs/${jobId}`);
      if (!['QUEUED', 'RUNNING'].includes(p.job.status)) {
        clearInterval(polling);
        p.reports = await get('/api/reports');
      }
    } catch (error) {
      clearInterval(polling);
      p.requestError = problem(error);
    }
    update();
  }, 1000);
}

async function download(report) {
  p.downloadError = null;
  p.downloaded = '';
  update();
  try {
    const blob = await file(report.file_url);
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = report.file_name;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    p.downloaded = `Downloaded ${report.file_name}`;
  } catch (error) {
    p.downloadError = problem(error);
  }
  update();
}

function jobStatus() {
  const job = p.job;
  if (!job) return nothing;
  if (job.status === 'QUEUED' || job.status === 'RUNNING') {
    return html`<div class="job"><label for="report-progress">${job.title}: ${job.status === 'QUEUED' ? 'waiting to start' : `${job.progress}%`}</label>
      <progress id="report-progress" max="100" value=${job.progress}>${job.progress}%</progress></div>`;
  }
  if (job.status === 'DONE') return html`<p class="ok">${job.title} is ready: download it below.</p>`;
  return html`<p class="error" role="alert">${job.title}: ${job.error?.detail ?? job.status.toLowerCase()}</p>`;
}

export function reports() {
  if (waiting('reports')) return loading('Reports');
  return html`${heading('Reports')}${sections()}
    <form class="card" @submit=${requestReport} aria-labelledby="request-title">
      <h2 id="request-title">Ask for a report</h2>
      ${formError(p.requestError, ['type', 'format', 'from', 'to', 'exercise_id', 'plan_id'])}
      ${select({ label: 'Report', name: 'type', value: p.reportType, options: REPORT_TYPES, errors: p.requestError?.fields,
        onChange: chooseReportType })}
      ${p.reportType === 'EXERCISE' ? exercisePicker('report', p.requestError?.fields?.exercise_id) : nothing}
      ${p.reportType === 'PLAN' ? planChoice(p.requestError?.fields) : nothing}
      ${select({ label: 'Format', name: 'format', value: 'PDF', options: FORMATS, errors: p.requestError?.fields })}
      ${p.reportType === 'PLAN' ? nothing : html`<div class="row">
        ${field({ label: 'From', name: 'from', type: 'date', errors: p.requestError?.fields, hint: 'Empty: 12 weeks ago' })}
        ${field({ label: 'To', name: 'to', type: 'date', errors: p.requestError?.fields, hint: 'Empty: today' })}
      </div>`}
      <button class="primary" type="submit" ?disabled=${p.busy || ['QUEUED', 'RUNNING'].includes(p.job?.status)
        || (p.reportType === 'PLAN' && !p.plans?.length)}>Make the report</button>
      <div role="status">${jobStatus()}</div>
    </form>
    <section class="card" aria-labelledby="reports-title"><h2 id="reports-title">Your reports</h2>
      ${formError(p.error ?? p.downloadError)}
      <p class="ok" role="status">${p.downloaded ?? ''}</p>
      ${p.reports?.length ? html`<ul class="reports">${p.reports.map((r) => html`<li class="report" data-report-id=${r.id}>
        <strong>${r.title}</strong> <span class="muted">· ${r.format} · ${dateText(r.created_at)}</span>
        ${r.status === 'DONE' && r.file_url ? html`<button @click=${() => download(r)}>Download ${r.file_name}</button>`
          : html`<span class="muted"> · ${r.status.toLowerCase()}${r.status === 'RUNNING' ? ` ${r.progress}%` : ''}</span>`}
      </li>`)}</ul>` : html`<p class="muted">No reports yet.</p>`}
    </section>`;
}
