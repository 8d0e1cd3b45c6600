// Settings: units, time zone and theme (PATCH /api/users/me), and signing out. They are always the signed-in
// user's own: while a trainer acts for a client every request would carry Act-As-User and change the client's
// settings, so the screen then offers only to stop acting first.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { ApiError, get, patch, put } from '../api.js';
import { formError, select, field, values } from '../forms.js';
import { forgetActing, navigate, signOut } from '../main.js';
import { equipment, saveEquipment } from '../plates.js';
import { applyTheme, state, unit, update } from '../state.js';

let s = {};

const VIEWS = [{ value: 'TODAY', label: 'Today' }, { value: 'PLANS', label: 'Plans' },
  { value: 'DASHBOARD', label: 'Dashboard' }, { value: 'HISTORY', label: 'History' }, { value: 'PROGRESS', label: 'Progress' },
  { value: 'WELLNESS', label: 'Wellness' }];

export async function enter() {
  s = {};
  update();
  if (state.acting) return;
  try {
    s.defaultView = (await get('/api/dashboard/preferences')).default_view;
  } catch (error) {
    s.error = error instanceof ApiError ? error : { message: error.message, fields: {} };
  }
  update();
}

function savePlates(e) {
  e.preventDefault();
  const v = values(e.target);
  const bar = Number(v.bar);
  const plates = v.plates.split(/[\s,;]+/).filter(Boolean).map(Number);
  const errors = {};
  if (!(bar >= 0 && bar <= 100)) errors.bar = 'Enter the bar\'s weight, 0 to 100';
  if (!plates.length || plates.some((p) => !(p > 0 && p <= 100))) errors.plates = 'List your plates, e.g. 25, 20, 10, 5, 2.5';
  if (Object.keys(errors).length) {
    s = { ...s, plateErrors: errors, platesSaved: null };
  } else {
    saveEquipment(unit(), bar, plates);
    s = { ...s, plateErrors: null, platesSaved: 'Bar and plates saved on this device.' };
  }
  update();
}

async function save(e) {
  e.preventDefault();
  const v = values(e.target);
  s = { ...s, busy: true, saved: null, error: null };
  update();
  try {
    const me = await patch('/api/users/me', { weight_unit: v.weight_unit, height_unit: v.height_unit, theme: v.theme,
      time_zone: v.time_zone.trim() });
    applyTheme(me.theme);
    localStorage.setItem('overload.theme', me.theme);
    const preferences = await put('/api/dashboard/preferences', { default_view: v.default_view });
    s = { defaultView: preferences.default_view, saved: 'Settings saved.' };
    update({ me });
  } catch (error) {
    s = { defaultView: s.defaultView, error: error instanceof ApiError ? error : { message: error.message, fields: {} } };
    update();
  }
}

function stopActingForSettings() {
  forgetActing();
  navigate('/settings', { replace: true });
}

const account = (me) => html`<section class="card"><h2>Account</h2><p>Signed in as <strong>${me.username}</strong>${me.email ? ` (${me.email})` : ''}.</p>
  <button @click=${signOut}>Sign out</button></section>`;

export function view() {
  const me = state.me;
  if (!me) return html`<h1 tabindex="-1">Settings</h1><p class="muted">Loading…</p>`;
  if (state.acting) {
    return html`<h1 tabindex="-1">Settings</h1>
      <section class="card" data-testid="settings-acting"><h2>Your own settings</h2>
        <p>Settings are yours (${me.username}), not ${state.acting.name}'s, and you are acting for ${state.acting.name}
          now. Stop acting for them to change yours.</p>
        <button class="primary" @click=${stopActingForSettings}>Stop acting and change my settings</button></section>
      ${account(me)}`;
  }
  const errors = s.error?.fields ?? {};
  return html`<h1 tabindex="-1">Settings</h1>
    <form class="card" @submit=${save}>
      ${formError(s.error, ['weight_unit', 'height_unit', 'theme', 'time_zone', 'default_view'])}
      ${select({ label: 'Weight unit', name: 'weight_unit', value: me.weight_unit, errors,
        options: [{ value: 'KG', label: 'Kilograms (kg)' }, { value: 'LB', label: 'Pounds (lb)' }] })}
      ${select({ label: 'Height unit', name: 'height_unit', value: me.height_unit, errors,
        options: [{ value: 'CM', label: 'Centimetres (cm)' }, { value: 'IN', label: 'Inches (in)' }] })}
      ${select({ label: 'Theme', name: 'theme', value: me.theme, errors,
        options: [{ value: 'SYSTEM', label: 'Same as the device' }, { value: 'LIGHT', label: 'Light' }, { value: 'DARK', label: 'Dark' }] })}
      ${field({ label: 'Time zone', name: 'time_zone', value: me.time_zone, errors, autocomplete: 'off',
        hint: `An IANA name such as Europe/Berlin; this device says ${Intl.DateTimeFormat().resolvedOptions().timeZone}` })}
      ${s.defaultView ? select({ label: 'First screen after signing in', name: 'default_view', value: s.defaultView, errors,
        options: VIEWS }) : nothing}
      <button class="primary" type="submit" ?disabled=${s.busy}>Save settings</button>
      <p class="ok" role="status">${s.saved ?? ''}</p>
    </form>
    <form class="card" @submit=${savePlates} aria-labelledby="plates-title">
      <h2 id="plates-title">Plate calculator</h2>
      <p class="muted">Used in a workout to tell which plates to load; kept on this device, in ${unit()}.</p>
      ${field({ label: `Bar (${unit()})`, name: 'bar', type: 'number', inputmode: 'decimal', step: 'any', min: 0,
        value: equipment(unit()).bar, errors: s.plateErrors ?? {} })}
      ${field({ label: `Plates you have (${unit()})`, name: 'plates', value: equipment(unit()).plates.join(', '),
        hint: 'Separated by commas', errors: s.plateErrors ?? {} })}
      <button type="submit">Save bar and plates</button>
      <p class="ok" role="status">${s.platesSaved ?? ''}</p>
    </form>
    ${account(me)}`;
}
