// Settings: units, time zone and theme (PATCH /api/users/me), and signing out.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { ApiError, patch } from '../api.js';
import { formError, select, field, values } from '../forms.js';
import { signOut } from '../main.js';
import { applyTheme, state, update } from '../state.js';

let s = {};

export function enter() {
  s = {};
  update();
}

async function save(e) {
  e.preventDefault();
  const v = values(e.target);
  s = { busy: true };
  update();
  try {
    const me = await patch('/api/users/me', { weight_unit: v.weight_unit, height_unit: v.height_unit, theme: v.theme,
      time_zone: v.time_zone.trim() });
    applyTheme(me.theme);
    localStorage.setItem('overload.theme', me.theme);
    s = { saved: 'Settings saved.' };
    update({ me });
  } catch (error) {
    s = { error: error instanceof ApiError ? error : { message: error.message, fields: {} } };
    update();
  }
}

export function view() {
  const me = state.me;
  if (!me) return html`<h1 tabindex="-1">Settings</h1><p class="muted">Loading…</p>`;
  const errors = s.error?.fields ?? {};
  return html`<h1 tabindex="-1">Settings</h1>
    <form class="card" @submit=${save}>
      ${formError(s.error, ['weight_unit', 'height_unit', 'theme', 'time_zone'])}
      ${select({ label: 'Weight unit', name: 'weight_unit', value: me.weight_unit, errors,
        options: [{ value: 'KG', label: 'Kilograms (kg)' }, { value: 'LB', label: 'Pounds (lb)' }] })}
      ${select({ label: 'Height unit', name: 'height_unit', value: me.height_unit, errors,
        options: [{ value: 'CM', label: 'Centimetres (cm)' }, { value: 'IN', label: 'Inches (in)' }] })}
      ${select({ label: 'Theme', name: 'theme', value: me.theme, errors,
        options: [{ value: 'SYSTEM', label: 'Same as the device' }, { value: 'LIGHT', label: 'Light' }, { value: 'DARK', label: 'Dark' }] })}
      ${field({ label: 'Time zone', name: 'time_zone', value: me.time_zone, errors, autocomplete: 'off',
        hint: `An IANA name such as Europe/Berlin; this device says ${Intl.DateTimeFormat().resolvedOptions().timeZone}` })}
      <button class="primary" type="submit" ?disabled=${s.busy}>Save settings</button>
      ${s.saved ? html`<p class="ok" role="status">${s.saved}</p>` : nothing}
    </form>
    <section class="card"><h2>Account</h2><p>Signed in as <strong>${me.username}</strong>${me.email ? ` (${me.email})` : ''}.</p>
      <button @click=${signOut}>Sign out</button></section>`;
}
