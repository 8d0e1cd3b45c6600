// The API client: every screen talks to the service through here. The access token lives in this module's
// memory only; the refresh token is an httpOnly cookie the page never sees, exchanged at /api/auth/web/refresh.

const CSRF = { 'X-Overload-Csrf': '1' };
const SIGNED_IN = 'overload.signed-in';
let accessToken = null;
let refreshing = null;
let actingFor = null;

/** Whether this browser may hold a refresh cookie (the cookie itself is out of the page's reach). */
const mayResume = () => localStorage.getItem(SIGNED_IN) === 'yes';
const remember = (yes) => (yes ? localStorage.setItem(SIGNED_IN, 'yes') : localStorage.removeItem(SIGNED_IN));

/** A failed request: the problem+json body's detail and its per-field errors ({field: message}). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The service answered ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.fields = {};
    for (const e of this.problem.errors || []) {
      this.fields[e.field] = this.fields[e.field] ? `${this.fields[e.field]}; ${e.message}` : e.message;
    }
  }
}

/** No answer at all: offline, or the service is unreachable. */
export class NetworkError extends Error {
  constructor() {
    super('No connection to the service');
  }
}

export const signedIn = () => accessToken !== null;

async function send(method, path, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  try {
    return await fetch(path, init);
  } catch {
    throw new NetworkError();
  }
}

async function read(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) return response.json();
  return response.text();
}

async function answer(response) {
  const body = await read(response);
  if (!response.ok) throw new ApiError(response.status, typeof body === 'object' ? body : null);
  return body;
}

/** Signs in with the refresh cookie; false when there is none (or it is spent). Concurrent callers share one try. */
export function resume() {
  if (!mayResume()) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      const response = await send('POST', '/api/auth/web/refresh', undefined, CSRF);
      if (!response.ok) {
        accessToken = null;
        if (response.status === 401) remember(false);
        return false;
      }
      accessToken = (await response.json()).access_token;
      return true;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export async function logIn(identifier, password) {
  const credentials = identifier.includes('@') ? { email: identifier } : { username: identifier };
  const tokens = await answer(await send('POST', '/api/auth/web/login', { ...credentials, password }, CSRF));
  accessToken = tokens.access_token;
  remember(true);
}

export async function logOut() {
  try {
    await send('POST', '/api/auth/web/logout', undefined, CSRF);
  } finally {
    accessToken = null;
    actingFor = null;
    remember(false);
  }
}

export const register = async (fields) => answer(await send('POST', '/api/auth/register', fields));
export const requestPasswordReset = async (email) => answer(await send('POST', '/api/auth/password-reset', { email }));
export const confirmPasswordReset = async (token, newPassword) =>
  answer(await send('POST', '/api/auth/password-reset/confirm', { token, new_password: newPassword }));

/** A trainer acting for a client (their user id) sends every request as the client; null acts for oneself. */
export function actFor(userId) {
  actingFor = userId;
}

/** Whom requests are sent for now: a client's user id, or null for oneself. */
export const actingAs = () => actingFor;

/**
 * An authenticated request, sent for `as` (by default whom the trainer acts for now); a 401 refreshes the
 * access token once and tries again.
 */
async function authorized(method, path, body, headers = {}, as = actingFor) {
  const forWhom = as ? { ...headers, 'Act-As-User': as } : headers;
  const attempt = () =>
    send(method, path, body, accessToken ? { ...forWhom, Authorization: `Bearer ${accessToken}` } : forWhom);
  let response = await attempt();
  if (response.status === 401 && (await resume())) response = await attempt();
  if (response.status === 401) {
    window.dispatchEvent(new CustomEvent('overload:signed-out'));
  }
  return response;
}

export const api = async (method, path, body, headers, as) =>
  answer(await authorized(method, path, body, headers, as));

/** A file the API serves (a report, say) as a Blob; a refusal is an ApiError like any other. */
export async function file(path) {
  const response = await authorized('GET', path, undefined, { Accept: '*/*' });
  return response.ok ? response.blob() : answer(response);
}

export const get = (path) => api('GET', path);
export const post = (path, body, headers) => api('POST', path, body, headers);
export const put = (path, body, headers) => api('PUT', path, body, headers);
export const patch = (path, body, headers) => api('PATCH', path, body, headers);
export const del = (path) => api('DELETE', path);
