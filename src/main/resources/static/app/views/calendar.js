// The calendar: a month of scheduled workouts as a grid (arrow keys move between days), plan days scheduled once
// or weekly, the upcoming and the missed workouts, and the link of the calendar feed for Google or Apple Calendar.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { del, get, post } from '../api.js';
import { field, formError, select, values } from '../forms.js';
import { update } from '../state.js';
import { problem, styles } from './shared.js';

let k = {};

const DAY = 24 * 60 * 60 * 1000;
const STATUS = { PENDING: 'Planned', ACTIVE: 'In progress', DONE: 'Done', MISSED: 'Missed' };
// Each status has its own symbol as well as its colour, so the grid reads without colour too.
const MARK = { PENDING: '○', ACTIVE: '◐', DONE: '✓', MISSED: '✗' };

const localDate = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 10);

export async function enter() {
  styles('/app/views/calendar.css');
  const today = localDate(new Date());
  k = { plans: null, planId: null, form: {}, feed: k.feed ?? null, selected: today, month: today.slice(0, 7) };
  update();
  try {
    const [plans] = await Promise.all([get('/api/training-plans?limit=100&sort=name'), loadOccurrences()]);
    k.plans = plans;
    k.planId = plans[0]?.id ?? null;
  } catch (e) {
    k.error = problem(e);
  }
  update();
}

async function loadOccurrences() {
  const now = new Date();
  const [upcoming, past] = await Promise.all([get('/api/schedules'),
    get(`/api/schedules?status=MISSED&from=${new Date(now.getTime() - 30 * DAY).toISOString()}&to=${now.toISOString()}`),
    loadMonth()]);
  k.upcoming = upcoming.filter((o) => o.status !== 'MISSED');
  k.missed = past.reverse();
}

/** The month's workouts of every status, by their local day (YYYY-MM-DD). */
async function loadMonth() {
  const [y, m] = k.month.split('-').map(Number);
  const month = k.month;
  const found = await get(`/api/schedules?from=${new Date(y, m - 1, 1).toISOString()}&to=${new Date(y, m, 1).toISOString()}`);
  if (month !== k.month) return;
  k.byDay = {};
  for (const o of found) (k.byDay[localDate(new Date(o.start_time))] ??= []).push(o);
}

async function schedule(form) {
  const v = values(form);
  const start = v.start_time && v.time ? new Date(`${v.start_time}T${v.time}`) : null;
  const minutes = Number(v.duration || 0);
  const body = {
    plan_id: v.plan_id, day_id: v.day_id || null,
    start_time: start?.toISOString() ?? null,
    end_time: start ? new Date(start.getTime() + minutes * 60000).toISOString() : null,
    remind_before: Number(v.remind_before || 0),
    repeat: v.repeat === 'WEEKLY' ? { frequency: 'WEEKLY', until: v.until || null } : null,
  };
  k.form = { busy: true, values: v };
  update();
  try {
    await post('/api/schedules', body, { 'Idempotency-Key': crypto.randomUUID() });
    await loadOccurrences();
    k.form = { done: `Scheduled ${form.querySelector('[name=day_id] option:checked')?.textContent ?? 'the plan'}.` };
  } catch (e) {
    k.form = { error: problem(e), values: v };
  }
  update();
}

async function unschedule(occurrence) {
  try {
    await del(`/api/schedules/${occurrence.schedule_id}`);
    await loadOccurrences();
  } catch (e) {
    k.error = problem(e);
  }
  update();
}

async function feedLink() {
  k.feed = { busy: true };
  update();
  try {
    const { url } = await post('/api/users/me/calendar-token');
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    k.feed = { url, copied };
  } catch (e) {
    k.feed = { error: problem(e) };
  }
  update();
}

/** Shows the month of a day (YYYY-MM-DD), that day selected; focus follows it when the grid has it. */
async function show(day, focus) {
  const month = day.slice(0, 7);
  k.selected = day;
  if (month !== k.month) {
    k.month = month;
    k.byDay = null;
    update();
    try {
      await loadMonth();
    } catch (e) {
      k.error = problem(e);
    }
  }
  update();
  if (focus) document.querySelector(`[data-date="${day}"]`)?.focus();
}

const shift = (day, days) => {
  const [y, m, d] = day.split('-').map(Number);
  return localDate(new Date(y, m - 1, d + days));
};

const shiftMonth = (day, months) => {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(y, m + months, 0).getDate();
  return localDate(new Date(y, m - 1 + months, Math.min(d, last)));
};

// Arrow keys move a day or a week, Home and End to the week's ends, Page Up and Page Down a month.
const KEYS = {
  ArrowLeft: (d) => shift(d, -1), ArrowRight: (d) => shift(d, 1), ArrowUp: (d) => shift(d, -7), ArrowDown: (d) => shift(d, 7),
  Home: (d) => shift(d, -((new Date(`${d}T12:00`).getDay() + 6) % 7)), End: (d) => shift(d, 6 - ((new Date(`${d}T12:00`).getDay() + 6) % 7)),
  PageUp: (d) => shiftMonth(d, -1), PageDown: (d) => shiftMonth(d, 1),
};

function onKey(e) {
  const move = KEYS[e.key];
  if (!move) return;
  e.preventDefault();
  show(move(k.selected), true);
}

const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const titleOf = (o) => o.day_name ?? o.plan_name;

function mark(o) {
  return html`<span class="mark ${o.status.toLowerCase()}"><span aria-hidden="true">${MARK[o.status]}<span class="mark-name"> ${titleOf(o)}</span></span><span
    class="visually-hidden">${STATUS[o.status]}: ${titleOf(o)} at ${time(o.start_time)}</span></span>`;
}

function grid() {
  const [y, m] = k.month.split('-').map(Number);
  const first = (new Date(y, m - 1, 1).getDay() + 6) % 7;
  const days = new Date(y, m, 0).getDate();
  const cells = [...Array(first).fill(null), ...Array.from({ length: days }, (_, i) => `${k.month}-${String(i + 1).padStart(2, '0')}`)];
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const name = new Date(y, m - 1, 1).toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
  const today = localDate(new Date());
  const chosen = k.byDay?.[k.selected] ?? [];
  const dayName = new Date(`${k.selected}T12:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  return html`<section class="card" aria-labelledby="month-title">
    <div class="month-nav">
      <button @click=${() => show(shiftMonth(k.selected, -1))}>Previous<span class="visually-hidden"> month</span></button>
      <h2 id="month-title" data-month=${k.month}>${name}</h2>
      <button @click=${() => show(shiftMonth(k.selected, 1))}>Next<span class="visually-hidden"> month</span></button>
    </div>
    <ul class="legend" aria-label="Symbols">${Object.entries(MARK).map(([status, symbol]) => html`<li class="mark ${status.toLowerCase()}"><span aria-hidden="true">${symbol}</span> ${STATUS[status]}</li>`)}</ul>
    <table class="month" role="grid" aria-labelledby="month-title" aria-describedby="month-keys" aria-busy=${k.byDay ? 'false' : 'true'} @keydown=${onKey}>
      <thead><tr>${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
      <tbody>${weeks.map((week) => html`<tr>${week.map((day) => (day ? html`<td data-date=${day} tabindex=${day === k.selected ? '0' : '-1'}
          aria-selected=${day === k.selected ? 'true' : 'false'} aria-current=${day === today ? 'date' : nothing}
          @click=${() => show(day, true)}><span class="day">${Number(day.slice(8))}</span>${(k.byDay?.[day] ?? []).map(mark)}</td>`
        : html`<td></td>`))}</tr>`)}</tbody>
    </table>
    <p class="hint" id="month-keys">Arrow keys move between days, Page Up and Page Down between months.</p>
    <h3 id="day-title">${dayName}</h3>
    <ul class="day-list" aria-labelledby="day-title" aria-live="polite">${chosen.length ? chosen.map((o) => html`<li>${mark(o)}
      <span aria-hidden="true">${time(o.start_time)} · ${titleOf(o)} · ${STATUS[o.status]}</span></li>`)
      : html`<li class="muted">No workout scheduled.</li>`}</ul>
  </section>`;
}

const when = (iso) => new Date(iso).toLocaleString([], { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function occurrence(o, removable) {
  const name = `${o.day_name ?? o.plan_name} on ${when(o.start_time)}`;
  return html`<li class="card occurrence ${o.status.toLowerCase()}">
    <h3>${when(o.start_time)}</h3>
    <p>${o.day_name ? html`<strong>${o.day_name}</strong> · ` : nothing}${o.plan_name}
      <span class="badge">${STATUS[o.status] ?? o.status}</span>${o.repeating ? html` <span class="badge">Weekly</span>` : nothing}</p>
    ${removable ? html`<button @click=${() => unschedule(o)}>Remove ${o.repeating ? 'the weekly schedule' : 'from the calendar'}<span class="visually-hidden">: ${name}</span></button>` : nothing}
  </li>`;
}

function scheduleForm() {
  const f = k.form;
  const fields = f.error?.fields ?? {};
  const errors = { ...fields, duration: fields.end_time, until: fields['repeat.until'], repeat: fields['repeat.frequency'] };
  const plan = k.plans.find((p) => p.id === k.planId);
  const tomorrow = localDate(new Date(Date.now() + DAY));
  return html`<form class="card" aria-labelledby="schedule-title" @submit=${(e) => { e.preventDefault(); schedule(e.target); }}>
    <h2 id="schedule-title">Schedule a workout</h2>
    ${formError(f.error, ['plan_id', 'day_id', 'start_time', 'end_time', 'remind_before', 'repeat.until', 'repeat.frequency'])}
    ${select({ label: 'Plan', name: 'plan_id', id: 'schedule-plan', value: k.planId, errors,
      options: k.plans.map((p) => ({ value: p.id, label: p.name })), onChange: (e) => { k.planId = e.target.value; update(); } })}
    ${select({ label: 'Day', name: 'day_id', id: 'schedule-day', value: f.values?.day_id, errors,
      options: [{ value: '', label: 'The plan\'s next day' }, ...(plan?.days ?? []).map((d) => ({ value: d.id, label: d.name }))] })}
    <div class="row">
      ${field({ label: 'Date', name: 'start_time', id: 'schedule-date', type: 'date', value: f.values?.start_time ?? tomorrow, required: true, errors })}
      ${field({ label: 'Time', name: 'time', id: 'schedule-time', type: 'time', value: f.values?.time ?? '18:00', required: true, errors })}
    </div>
    <div class="row">
      ${field({ label: 'Length (minutes)', name: 'duration', id: 'schedule-duration', type: 'number', inputmode: 'numeric', min: 1,
        value: f.values?.duration ?? 60, required: true, errors })}
      ${field({ label: 'Reminder (minutes before, 0 = none)', name: 'remind_before', id: 'schedule-remind', type: 'number', inputmode: 'numeric',
        min: 0, value: f.values?.remind_before ?? 0, errors })}
    </div>
    <div class="row">
      ${select({ label: 'Repeats', name: 'repeat', id: 'schedule-repeat', value: f.values?.repeat ?? '', errors,
        options: [{ value: '', label: 'Once' }, { value: 'WEEKLY', label: 'Every week' }] })}
      ${field({ label: 'Weekly until (optional)', name: 'until', id: 'schedule-until', type: 'date', value: f.values?.until, errors })}
    </div>
    <button class="primary" type="submit" ?disabled=${f.busy}>Schedule</button>
    ${f.done ? html`<p class="ok" role="status">${f.done}</p>` : nothing}
  </form>`;
}

function feed() {
  const f = k.feed;
  return html`<section class="card" aria-labelledby="feed-title"><h2 id="feed-title">Calendar feed</h2>
    <p>Subscribe to your workouts in Google or Apple Calendar. A new link stops the previous one working.</p>
    <button @click=${feedLink} ?disabled=${f?.busy}>Copy my calendar feed link</button>
    ${formError(f?.error)}
    ${f?.url ? html`<p role="status" class=${f.copied ? 'ok' : 'muted'}>${f.copied ? 'Copied to the clipboard.' : 'Copy the link from the field below.'}</p>
      ${field({ label: 'Calendar feed link', name: 'feed', id: 'feed-url', type: 'url', value: f.url })}` : nothing}
  </section>`;
}

export function view() {
  if (!k.plans && !k.error) return html`<h1 tabindex="-1">Calendar</h1><p class="muted">Loading…</p>`;
  return html`<h1 tabindex="-1">Calendar</h1>
    ${formError(k.error)}
    ${grid()}
    ${k.plans?.length ? scheduleForm() : html`<p class="card">Create a plan first to schedule its days.</p>`}
    <section aria-labelledby="upcoming-title"><h2 id="upcoming-title">Upcoming</h2>
      ${k.upcoming?.length ? html`<ul class="plans">${k.upcoming.map((o) => occurrence(o, true))}</ul>`
        : html`<p class="muted">Nothing scheduled in the next 30 days.</p>`}</section>
    <section aria-labelledby="missed-title"><h2 id="missed-title">Missed</h2>
      ${k.missed?.length ? html`<ul class="plans">${k.missed.map((o) => occurrence(o, false))}</ul>`
        : html`<p class="muted">No missed workouts in the last 30 days.</p>`}</section>
    ${feed()}`;
}
