// The calendar: plan days scheduled once or weekly, the upcoming and the missed workouts, and the link of the
// calendar feed for Google or Apple Calendar.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { del, get, post } from '../api.js';
import { field, formError, select, values } from '../forms.js';
import { update } from '../state.js';
import { problem } from './shared.js';

let k = {};

const DAY = 24 * 60 * 60 * 1000;
const STATUS = { PENDING: 'Planned', ACTIVE: 'In progress', DONE: 'Done', MISSED: 'Missed' };

const localDate = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 10);

export async function enter() {
  k = { plans: null, planId: null, form: {}, feed: k.feed ?? null };
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
    get(`/api/schedules?status=MISSED&from=${new Date(now.getTime() - 30 * DAY).toISOString()}&to=${now.toISOString()}`)]);
  k.upcoming = upcoming.filter((o) => o.status !== 'MISSED');
  k.missed = past.reverse();
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
    ${k.plans?.length ? scheduleForm() : html`<p class="card">Create a plan first to schedule its days.</p>`}
    <section aria-labelledby="upcoming-title"><h2 id="upcoming-title">Upcoming</h2>
      ${k.upcoming?.length ? html`<ul class="plans">${k.upcoming.map((o) => occurrence(o, true))}</ul>`
        : html`<p class="muted">Nothing scheduled in the next 30 days.</p>`}</section>
    <section aria-labelledby="missed-title"><h2 id="missed-title">Missed</h2>
      ${k.missed?.length ? html`<ul class="plans">${k.missed.map((o) => occurrence(o, false))}</ul>`
        : html`<p class="muted">No missed workouts in the last 30 days.</p>`}</section>
    ${feed()}`;
}
