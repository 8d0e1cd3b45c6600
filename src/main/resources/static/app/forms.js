// Form helpers: labelled fields whose errors (from problem+json, by field name) are shown beside them.
import { html, nothing } from '/webjars/lit-html/lit-html.js';

/** A labelled input; `errors` maps field names to messages; `name` is the API's field name. */
export function field({ label, name, type = 'text', value = '', errors = {}, required = false, autocomplete,
  inputmode, min, max, step, id = `f-${name}`, onChange, hint }) {
  const error = errors[name];
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    <input id=${id} name=${name} type=${type} .value=${value ?? ''} ?required=${required}
      autocomplete=${autocomplete ?? nothing} inputmode=${inputmode ?? nothing} min=${min ?? nothing}
      max=${max ?? nothing} step=${step ?? nothing} aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing} @change=${onChange ?? nothing}>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** A choice among options [{value, label}]. */
export function select({ label, name, value, options, errors = {}, id = `f-${name}`, onChange }) {
  const error = errors[name];
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name} aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : nothing} @change=${onChange ?? nothing}>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** The error that names no field (or a field the form does not show), announced. */
export function formError(error, shownFields = []) {
  if (!error) return nothing;
  const others = Object.entries(error.fields || {}).filter(([name]) => !shownFields.includes(name));
  const message = others.length ? others.map(([name, text]) => `${name}: ${text}`).join('; ') : error.message;
  if (!others.length && Object.keys(error.fields || {}).length) {
    return html`<p class="error banner" role="alert">Please correct the fields marked below.</p>`;
  }
  return html`<p class="error banner" role="alert">${message}</p>`;
}

export const values = (form) => Object.fromEntries(new FormData(form).entries());
