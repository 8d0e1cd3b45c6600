// The club: a trainer's clients, whose plans and sessions the trainer opens acting for them (Act-As-User); an
// administrator's memberships and clients, listed, created, changed and deleted, and each client's trainer assigned.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { del, get, post, put } from '../api.js';
import { field, formError, select, values } from '../forms.js';
import { startActing } from '../main.js';
import { state, update } from '../state.js';
import { problem } from './shared.js';

let c = {};

const admin = () => state.me?.role === 'ADMIN';
const LEVELS = ['STANDARD', 'PREMIUM', 'VIP'].map((level) => ({ value: level, label: level[0] + level.slice(1).toLowerCase() }));
const STATUSES = [{ value: 'ACTIVE', label: 'Active' }, { value: 'ON_HOLD', label: 'On hold' }, { value: 'INACTIVE', label: 'Inactive' }];
const nameOf = (client) => `${client.first_name} ${client.last_name}`;
const trainerName = (user) => [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username;

export async function enter() {
  c = { clients: null, memberships: [], trainers: [], editing: null, editingMembership: null, confirm: null, forms: {} };
  update();
  try {
    [c.clients, c.memberships, c.trainers] = await Promise.all([get('/api/club/clients?limit=100&sort=last_name'),
      get('/api/club/memberships?limit=100'),
      admin() ? get('/api/admin/users?role=TRAINER&limit=100&sort=-created_at').then((users) => users.filter((u) => !u.deleted_at)) : []]);
  } catch (e) {
    c.error = problem(e);
  }
  update();
}

/** Sends a form's request; its errors go beside the form's fields, a success reloads the lists and says so. */
async function submit(key, request, notice) {
  c.forms[key] = { busy: true };
  update();
  try {
    await request();
    c.editing = null;
    c.editingMembership = null;
    const keep = c.forms;
    await enter();
    c.forms = { ...keep, [key]: { done: true } };
    c.notice = notice;
  } catch (e) {
    c.forms[key] = { error: problem(e) };
    c.confirm = null;
  }
  update();
}

const optional = (value) => (value === '' || value === undefined ? null : value);

function clientBody(v) {
  return {
    first_name: v.first_name, last_name: v.last_name, phone_number: v.phone_number,
    date_of_birth: optional(v.date_of_birth), membership_id: v.membership_id, status: v.status,
    membership_ends_on: optional(v.membership_ends_on),
  };
}

function clientForm(key, client, onSubmit) {
  const errors = c.forms[key]?.error?.fields ?? {};
  const id = (name) => `${key}-${name}`;
  const shown = ['email', 'first_name', 'last_name', 'phone_number', 'date_of_birth', 'membership_id', 'status', 'membership_ends_on'];
  return html`<form class="card" aria-label=${client ? `Edit ${nameOf(client)}` : 'New client'}
      @submit=${(e) => { e.preventDefault(); onSubmit(values(e.target)); }}>
    ${client ? nothing : html`<h2>New client</h2>
      ${field({ label: 'Email (a new account is invited)', name: 'email', id: id('email'), type: 'email', autocomplete: 'off', errors })}`}
    ${formError(c.forms[key]?.error, shown)}
    <div class="row">
      ${field({ label: 'First name', name: 'first_name', id: id('first_name'), value: client?.first_name, required: true, errors })}
      ${field({ label: 'Last name', name: 'last_name', id: id('last_name'), value: client?.last_name, required: true, errors })}
    </div>
    <div class="row">
      ${field({ label: 'Phone', name: 'phone_number', id: id('phone_number'), type: 'tel', value: client?.phone_number, required: true, errors })}
      ${field({ label: 'Date of birth', name: 'date_of_birth', id: id('date_of_birth'), type: 'date', value: client?.date_of_birth, errors })}
    </div>
    <div class="row">
      ${select({ label: 'Membership', name: 'membership_id', id: id('membership_id'), value: client?.membership_id, errors,
        options: c.memberships.map((m) => ({ value: m.id, label: `${m.description ?? m.access_level} · ${m.price} ${m.currency}` })) })}
      ${select({ label: 'Status', name: 'status', id: id('status'), value: client?.status ?? 'ACTIVE', options: STATUSES, errors })}
    </div>
    ${field({ label: 'Membership ends on', name: 'membership_ends_on', id: id('membership_ends_on'), type: 'date', value: client?.membership_ends_on, errors })}
    <div class="actions">
      <button class="primary" type="submit" ?disabled=${c.forms[key]?.busy}>${client ? `Save ${nameOf(client)}` : 'Add client'}</button>
      ${client ? html`<button type="button" @click=${() => { c.editing = null; update(); }}>Cancel</button>` : nothing}
    </div>
  </form>`;
}

/** Deleting asks twice: the first click asks, the second deletes; a refusal (say a membership clients hold) shows here. */
function deletion(key, name, path) {
  return html`${c.confirm === key
    ? html`<button class="danger" @click=${() => submit(key, () => del(path), `Deleted ${name}.`)}>Really delete ${name}?</button>
      <button @click=${() => { c.confirm = null; update(); }}>Keep ${name}</button>`
    : html`<button @click=${() => { c.confirm = key; update(); }}>Delete<span class="visually-hidden"> ${name}</span></button>`}`;
}

/** The trainers to choose from: the club's newest hundred, and the client's own when it is older. */
function trainerForm(client) {
  const key = `trainer-${client.id}`;
  const current = client.trainer_id && !c.trainers.some((u) => u.id === client.trainer_id)
    ? [{ value: client.trainer_id, label: 'The current trainer' }] : [];
  const assign = (trainerId) => submit(key, () => put(`/api/club/clients/${client.id}/trainer`, { trainer_id: trainerId || null }),
    `${nameOf(client)}: ${trainerId ? 'trainer saved' : 'no trainer'}.`);
  return html`<form class="trainer" aria-label="Trainer of ${nameOf(client)}" @submit=${(e) => { e.preventDefault(); assign(values(e.target).trainer_id); }}>
    ${formError(c.forms[key]?.error, ['trainer_id'])}
    ${select({ label: 'Trainer', name: 'trainer_id', id: key, value: client.trainer_id ?? '', errors: c.forms[key]?.error?.fields,
      options: [{ value: '', label: 'No trainer' }, ...current, ...c.trainers.map((u) => ({ value: u.id, label: trainerName(u) }))] })}
    <button type="submit" ?disabled=${c.forms[key]?.busy}>Save trainer<span class="visually-hidden"> of ${nameOf(client)}</span></button>
  </form>`;
}

function clientItem(client) {
  if (c.editing === client.id) {
    return html`<li>${clientForm(`client-${client.id}`, client,
      (v) => submit(`client-${client.id}`, () => put(`/api/club/clients/${client.id}`, clientBody(v))))}</li>`;
  }
  const membership = c.memberships.find((m) => m.id === client.membership_id);
  const trainer = c.trainers.find((u) => u.id === client.trainer_id);
  return html`<li class="card client">
    <h3>${nameOf(client)}</h3>
    <p class="muted">${STATUSES.find((s) => s.value === client.status)?.label ?? client.status}
      · ${membership?.description ?? client.access_level}${client.membership_ends_on ? ` until ${client.membership_ends_on}` : ''}
      ${admin() ? `· ${trainer ? `trainer ${trainerName(trainer)}` : client.trainer_id ? 'a trainer' : 'no trainer'}` : ''}</p>
    ${formError(c.forms[`client-delete-${client.id}`]?.error)}
    <div class="actions">
      ${client.trainer_id === state.me?.id ? html`<button class="primary" @click=${() => startActing(client)}>Work as ${nameOf(client)}</button>` : nothing}
      ${admin() ? html`<button @click=${() => { c.editing = client.id; update(); }}>Edit<span class="visually-hidden"> ${nameOf(client)}</span></button>
        ${deletion(`client-delete-${client.id}`, nameOf(client), `/api/club/clients/${client.id}`)}` : nothing}
    </div>
    ${admin() ? trainerForm(client) : nothing}
  </li>`;
}

function membershipForm(key, membership) {
  const errors = c.forms[key]?.error?.fields ?? {};
  const id = (name) => `${key}-${name}`;
  const send = (v) => submit(key, () => {
    const body = { access_level: v.access_level, price: v.price === '' ? null : Number(v.price), description: optional(v.description) };
    return membership ? put(`/api/club/memberships/${membership.id}`, body) : post('/api/club/memberships', body);
  });
  return html`<form class="card" aria-label=${membership ? `Edit ${membership.description ?? membership.access_level}` : 'New membership'}
      @submit=${(e) => { e.preventDefault(); send(values(e.target)); }}>
    ${membership ? nothing : html`<h3>New membership</h3>`}
    ${formError(c.forms[key]?.error, ['access_level', 'price', 'description'])}
    ${field({ label: 'Name', name: 'description', id: id('description'), value: membership?.description, errors })}
    <div class="row">
      ${select({ label: 'Access level', name: 'access_level', id: id('access_level'), value: membership?.access_level ?? 'STANDARD', options: LEVELS, errors })}
      ${field({ label: 'Price per month', name: 'price', id: id('price'), type: 'number', inputmode: 'decimal', min: 0, step: 'any',
        value: membership?.price, required: true, errors })}
    </div>
    <div class="actions">
      <button class="primary" type="submit">${membership ? 'Save membership' : 'Add membership'}</button>
      ${membership ? html`<button type="button" @click=${() => { c.editingMembership = null; update(); }}>Cancel</button>` : nothing}
    </div>
  </form>`;
}

function memberships() {
  return html`<section aria-labelledby="memberships-title"><h2 id="memberships-title">Memberships</h2>
    <ul class="plans">${c.memberships.map((m) => (c.editingMembership === m.id
      ? html`<li>${membershipForm(`membership-${m.id}`, m)}</li>`
      : html`<li class="card"><h3>${m.description ?? m.access_level}</h3>
        <p class="muted">${LEVELS.find((l) => l.value === m.access_level)?.label} · ${m.price} ${m.currency} a month</p>
        ${formError(c.forms[`membership-delete-${m.id}`]?.error)}
        <div class="actions"><button @click=${() => { c.editingMembership = m.id; update(); }}>Edit<span class="visually-hidden"> ${m.description ?? m.access_level}</span></button>
          ${deletion(`membership-delete-${m.id}`, m.description ?? m.access_level, `/api/club/memberships/${m.id}`)}</div></li>`))}</ul>
    ${membershipForm('membership-new', null)}
  </section>`;
}

export function view() {
  if (!c.clients && !c.error) return html`<h1 tabindex="-1">Club</h1><p class="muted">Loading…</p>`;
  return html`<h1 tabindex="-1">Club</h1>
    ${formError(c.error)}
    <p class="ok" role="status">${c.notice ?? ''}</p>
    <section aria-labelledby="clients-title">
      <h2 id="clients-title">${admin() ? 'Clients' : 'My clients'}</h2>
      ${c.clients?.length === 0 ? html`<p>No clients yet.</p>` : nothing}
      <ul class="plans">${(c.clients ?? []).map(clientItem)}</ul>
      ${c.forms['client-new']?.done ? html`<p class="ok" role="status">Client added.</p>` : nothing}
      ${admin() ? clientForm('client-new', null, (v) => submit('client-new', () => post('/api/club/clients', { ...clientBody(v), email: v.email }))) : nothing}
    </section>
    ${admin() ? memberships() : nothing}`;
}
