// Overload's web app: a router over the screens, the layout around them, sign-in state and the sync status.
import { html, render, nothing } from '/webjars/lit-html/lit-html.js';
import { actFor, get, logOut, resume, signedIn, NetworkError } from './api.js';
import { applyTheme, onUpdate, state, update } from './state.js';
// Each area's screens load when first shown, so the first screen waits only for its own module.
const AREAS = {
  auth: () => import('./views/auth.js'),
  today: () => import('./views/today.js'),
  plans: () => import('./views/plans.js'),
  settings: () => import('./views/settings.js'),
  calendar: () => import('./views/calendar.js'),
  club: () => import('./views/club.js'),
  progress: () => import('./views/progress.js'),
  wellness: () => import('./views/wellness.js'),
};

const ROUTES = [
  { name: 'login', pattern: /^\/login$/, area: 'auth', view: 'login', public: true, title: 'Log in' },
  { name: 'register', pattern: /^\/register$/, area: 'auth', view: 'register', public: true, title: 'Create account' },
  { name: 'reset', pattern: /^\/reset-password$/, area: 'auth', view: 'reset', public: true, title: 'Reset password' },
  { name: 'today', pattern: /^\/today$/, area: 'today', view: 'view', enter: 'enter', title: 'Today' },
  { name: 'session', pattern: /^\/sessions\/(?<sessionId>[\w-]+)$/, area: 'today', view: 'view', enter: 'enter', title: 'Workout' },
  { name: 'plans', pattern: /^\/plans$/, area: 'plans', view: 'list', enter: 'enterList', title: 'Plans' },
  { name: 'plan', pattern: /^\/plans\/(?<planId>[\w-]+)$/, area: 'plans', view: 'builder', enter: 'enterBuilder', title: 'Plan' },
  { name: 'settings', pattern: /^\/settings$/, area: 'settings', view: 'view', enter: 'enter', title: 'Settings' },
  { name: 'calendar', pattern: /^\/calendar$/, area: 'calendar', view: 'view', enter: 'enter', title: 'Calendar' },
  { name: 'club', pattern: /^\/club$/, area: 'club', view: 'view', enter: 'enter', title: 'Club' },
  { name: 'dashboard', pattern: /^\/dashboard$/, area: 'progress', view: 'dashboard', enter: 'enterDashboard', title: 'Dashboard', nav: 'dashboard' },
  { name: 'history', pattern: /^\/history$/, area: 'progress', view: 'history', enter: 'enterHistory', title: 'History', nav: 'dashboard' },
  { name: 'past-session', pattern: /^\/history\/(?<sessionId>[\w-]+)$/, area: 'progress', view: 'session', enter: 'enterSession', title: 'Workout', nav: 'dashboard' },
  { name: 'exercise', pattern: /^\/exercises\/(?<exerciseId>[\w-]+)$/, area: 'progress', view: 'exercise', enter: 'enterExercise', title: 'Exercise progress', nav: 'dashboard' },
  { name: 'records', pattern: /^\/records$/, area: 'progress', view: 'records', enter: 'enterRecords', title: 'Personal records', nav: 'dashboard' },
  { name: 'reports', pattern: /^\/reports$/, area: 'progress', view: 'reports', enter: 'enterReports', title: 'Reports', nav: 'dashboard' },
  { name: 'wellness', pattern: /^\/wellness$/, area: 'wellness', view: 'view', enter: 'enter', title: 'Wellness', nav: 'wellness' },
];

export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  return route();
}

/** The app's screen for a user's default view; the views it has no screen for yet open Today. */
const HOMES = { PLANS: '/plans', DASHBOARD: '/dashboard', PROGRESS: '/dashboard', HISTORY: '/history', WELLNESS: '/wellness' };

async function home() {
  if (!signedIn()) return '/login';
  try {
    return HOMES[(await get('/api/dashboard/preferences')).default_view] ?? '/today';
  } catch {
    return '/today';
  }
}

async function route() {
  const path = location.pathname === '/' ? await home() : location.pathname;
  if (path !== location.pathname) history.replaceState(null, '', path);
  const found = ROUTES.find((r) => r.pattern.test(path)) ?? ROUTES.find((r) => r.name === 'today');
  if (!found.public && !signedIn()) return navigate('/login', { replace: true });
  if (found.public && signedIn() && found.name !== 'reset') return navigate('/today', { replace: true });
  const params = { ...(found.pattern.exec(path)?.groups ?? {}), query: new URLSearchParams(location.search) };
  document.title = `${found.title} · Overload`;
  const area = await AREAS[found.area]();
  update({ route: { name: found.name, params, view: area[found.view], public: found.public, nav: found.nav } });
  focusHeading();
  if (found.enter) await area[found.enter](params);
}

/** A new screen starts at its top, its heading focused (screen readers announce it). */
export function focusHeading() {
  requestAnimationFrame(() => {
    window.scrollTo(0, 0);
    document.querySelector('main h1')?.focus({ preventScroll: true });
  });
}

let sync = null;

/** The outbox loads once someone is signed in (the first screen does without it): its count shown, its writes sent. */
function startSync() {
  sync ??= import('./outbox.js').then(async (outbox) => {
    outbox.onChange((count, refused) => update({
      waiting: count,
      refused: refused ? [...state.refused, refused] : state.refused,
    }));
    update({ waiting: await outbox.pending() });
    outbox.flush();
  });
}

/** Loads the signed-in user's account and applies their theme; acting for a client, the client's profile. */
export async function loadMe() {
  startSync();
  if (state.acting) {
    const profile = await get(`/api/user-profiles/${state.acting.id}`);
    update({ acting: { ...state.acting, active_training_plan_id: profile.active_training_plan_id } });
    return state.acting;
  }
  const me = await get('/api/users/me');
  applyTheme(me.theme);
  update({ me });
  return me;
}

/** A trainer works on a client's plans and sessions: every request then carries Act-As-User. */
export async function startActing(client) {
  await actAs({ id: client.user_id, name: `${client.first_name} ${client.last_name}`, weight_unit: client.weight_unit });
  await navigate('/plans');
}

// Whom a trainer acts for outlives a reload of the tab (its id and name only, no secret), not the tab itself.
const ACTING = 'overload.acting';

async function actAs(acting) {
  actFor(acting.id);
  sessionStorage.setItem(ACTING, JSON.stringify(acting));
  update({ acting });
  await loadMe();
}

/** Back to acting as oneself, here and after a reload. */
export function forgetActing() {
  actFor(null);
  sessionStorage.removeItem(ACTING);
  update({ acting: null });
}

export function stopActing() {
  forgetActing();
  return navigate('/club');
}

export async function signOut() {
  await logOut();
  forgetActing();
  update({ me: null });
  navigate('/login', { replace: true });
}

const link = (href, label, name) => html`<a href=${href} aria-current=${state.route.name === name || state.route.nav === name || (name === 'today' && state.route.name === 'session') || (name === 'plans' && state.route.name === 'plan') ? 'page' : nothing}
  @click=${(e) => { e.preventDefault(); navigate(href); }}>${label}</a>`;

/** The roles the club's screen serves: a trainer's clients, an administrator's memberships and clients. */
const CLUB_ROLES = ['TRAINER', 'ADMIN'];

function syncStatus() {
  const refused = state.refused.length
    ? html`<p class="error banner" role="alert">${state.refused.join(' · ')}
        <button class="link" @click=${() => update({ refused: [] })}>Dismiss</button></p>`
    : nothing;
  const waiting = state.waiting
    ? `${state.waiting} ${state.waiting === 1 ? 'set' : 'sets'} waiting to sync${state.online ? '…' : ' (offline)'}`
    : state.online ? '' : 'Offline: sets you log are kept and sent when the connection returns';
  return html`<p class="sync ${state.waiting ? 'waiting' : ''}" role="status" data-testid="sync-status">${waiting}</p>${refused}`;
}

function layout() {
  const r = state.route;
  if (r.name === 'loading') return html`<main id="main"><p class="muted">Loading…</p></main>`;
  const nav = r.public ? nothing : html`<nav aria-label="Main"><ul>
      <li>${link('/today', 'Today', 'today')}</li>
      <li>${link('/plans', 'Plans', 'plans')}</li>
      <li>${link('/calendar', 'Calendar', 'calendar')}</li>
      ${CLUB_ROLES.includes(state.me?.role) ? html`<li>${link('/club', 'Club', 'club')}</li>` : nothing}
      <li>${link('/dashboard', 'Progress', 'dashboard')}</li>
      <li>${link('/wellness', 'Wellness', 'wellness')}</li>
      <li>${link('/settings', 'Settings', 'settings')}</li>
    </ul></nav>`;
  return html`<a class="skip" href="#main">Skip to content</a>
    <header class="top"><span class="brand" aria-hidden="true">Overload</span>${nav}</header>
    ${state.acting && !r.public ? html`<p class="acting banner" data-testid="acting">Acting for <strong>${state.acting.name}</strong>
      <button class="link" @click=${stopActing}>Stop acting for ${state.acting.name}</button></p>` : nothing}
    ${syncStatus()}
    <main id="main">${r.view(r.params)}</main>`;
}

const root = document.getElementById('app');
root.replaceChildren();
onUpdate(() => render(layout(), root));

window.addEventListener('online', () => update({ online: true }));
window.addEventListener('offline', () => update({ online: false }));
window.addEventListener('popstate', () => route());
window.addEventListener('overload:signed-out', () => {
  forgetActing();
  if (!state.route.public) navigate('/login', { replace: true });
});

async function start() {
  applyTheme(localStorage.getItem('overload.theme'));
  try {
    if (await resume()) {
      await loadMe();
      const acting = sessionStorage.getItem(ACTING);
      if (acting) await actAs(JSON.parse(acting)).catch(forgetActing);
    }
  } catch (e) {
    if (!(e instanceof NetworkError)) throw e;
  }
  await route();
  performance.mark('overload:interactive');
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
}

start();
