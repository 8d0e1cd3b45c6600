// Register, log in and reset a password.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { ApiError, confirmPasswordReset, logIn, register as openAccount, requestPasswordReset } from '../api.js';
import { field, formError, values } from '../forms.js';
import { loadMe, navigate } from '../main.js';
import { update } from '../state.js';

const forms = { login: {}, register: {}, reset: {} };

function go(e, path) {
  e.preventDefault();
  navigate(path);
}

async function submit(e, name, work) {
  e.preventDefault();
  forms[name] = { busy: true, values: values(e.target) };
  update();
  try {
    await work(forms[name].values);
    forms[name] = {};
  } catch (error) {
    forms[name] = { values: forms[name].values, error: error instanceof ApiError ? error : { message: error.message, fields: {} } };
  }
  update();
}

export function login() {
  const f = forms.login;
  return html`<h1 tabindex="-1">Log in</h1>
    <form class="card" @submit=${(e) => submit(e, 'login', async (v) => {
      await logIn(v.identifier.trim(), v.password);
      await loadMe();
      navigate('/', { replace: true });
    })}>
      ${formError(f.error, ['username', 'email', 'password'])}
      ${field({ label: 'Username or email', name: 'identifier', value: f.values?.identifier, required: true,
        autocomplete: 'username', errors: { identifier: f.error?.fields.username ?? f.error?.fields.email } })}
      ${field({ label: 'Password', name: 'password', type: 'password', required: true, autocomplete: 'current-password',
        errors: f.error?.fields })}
      <button class="primary" type="submit" ?disabled=${f.busy}>Log in</button>
    </form>
    <p>New here? <a href="/register" @click=${(e) => go(e, '/register')}>Create an account</a></p>
    <p><a href="/reset-password" @click=${(e) => go(e, '/reset-password')}>Forgot your password?</a></p>`;
}

export function register() {
  const f = forms.register;
  const errors = f.error?.fields ?? {};
  return html`<h1 tabindex="-1">Create your account</h1>
    <form class="card" @submit=${(e) => submit(e, 'register', async (v) => {
      await openAccount({ username: v.username.trim(), email: v.email.trim(), password: v.password });
      await logIn(v.username.trim(), v.password);
      await loadMe();
      navigate('/', { replace: true });
    })}>
      ${formError(f.error, ['username', 'email', 'password'])}
      ${field({ label: 'Username', name: 'username', value: f.values?.username, required: true, autocomplete: 'username',
        hint: '3 to 50 letters, digits, dots, dashes or underscores', errors })}
      ${field({ label: 'Email', name: 'email', type: 'email', value: f.values?.email, required: true, autocomplete: 'email', errors })}
      ${field({ label: 'Password', name: 'password', type: 'password', required: true, autocomplete: 'new-password',
        hint: 'At least 8 characters with a letter and a digit or symbol', errors })}
      <button class="primary" type="submit" ?disabled=${f.busy}>Create account</button>
    </form>
    <p>Already have an account? <a href="/login" @click=${(e) => go(e, '/login')}>Log in</a></p>`;
}

export function reset(params) {
  const f = forms.reset;
  const token = params.query.get('token');
  const errors = f.error?.fields ?? {};
  if (token) {
    return html`<h1 tabindex="-1">Choose a new password</h1>
      ${f.done ? html`<p role="status">Your password is changed. <a href="/login" @click=${(e) => go(e, '/login')}>Log in</a></p>` : html`
      <form class="card" @submit=${(e) => submit(e, 'reset', (v) => confirmPasswordReset(token, v.new_password))
        .then(() => { if (!forms.reset.error) { forms.reset = { done: true }; update(); } })}>
        ${formError(f.error, ['new_password', 'token'])}
        ${errors.token ? html`<p class="error" role="alert">${errors.token}</p>` : nothing}
        ${field({ label: 'New password', name: 'new_password', type: 'password', required: true, autocomplete: 'new-password', errors })}
        <button class="primary" type="submit" ?disabled=${f.busy}>Set password</button>
      </form>`}`;
  }
  return html`<h1 tabindex="-1">Reset your password</h1>
    ${f.sent ? html`<p role="status">If that address has an account, an email with a link is on its way.</p>` : html`
    <form class="card" @submit=${(e) => submit(e, 'reset', (v) => requestPasswordReset(v.email.trim())).then(() => { if (!forms.reset.error) { forms.reset = { sent: true }; update(); } })}>
      ${formError(f.error, ['email'])}
      ${field({ label: 'Email', name: 'email', type: 'email', required: true, autocomplete: 'email', errors })}
      <button class="primary" type="submit" ?disabled=${f.busy}>Email me a link</button>
    </form>`}
    <p><a href="/login" @click=${(e) => go(e, '/login')}>Back to log in</a></p>`;
}
