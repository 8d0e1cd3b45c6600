// The coach in the plan builder: a wish in plain words, the suggested plan as a marked diff against the plan
// (new, changed and removed days, exercises and sets), applied in one request or discarded.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { post } from '../api.js';
import { field, formError, values } from '../forms.js';
import { unit, update } from '../state.js';
import { problem } from './shared.js';


/** The coach's state for one plan: { planId, query, suggestion, error, busy }. */
export const coachFor = (planId) => ({ planId, query: '', suggestion: null, error: null, busy: false });

async function ask(c, form) {
  c.query = values(form).query.trim();
  c.busy = true;
  c.error = null;
  c.suggestion = null;
  update();
  try {
    c.suggestion = await post(`/api/training-plans/${c.planId}/suggest`, { query: c.query });
  } catch (e) {
    c.error = problem(e);
  }
  c.busy = false;
  update();
}

async function apply(c, onApplied) {
  c.busy = true;
  update();
  try {
    const plan = await post(`/api/training-plans/${c.planId}/suggestions/${c.suggestion.suggestion_id}/apply`);
    c.suggestion = null;
    c.applied = 'The coach\'s suggestion is now your plan.';
    await onApplied(plan);
  } catch (e) {
    c.error = problem(e);
  }
  c.busy = false;
  update();
}

const mark = (item) => (item.id === null ? 'new' : item.is_ai_modified ? 'changed' : null);
const MARKS = { new: 'New', changed: 'Changed', removed: 'Removed' };
const tag = (kind) => (kind ? html`<span class="badge">${MARKS[kind]}</span> ` : nothing);

function setLine(set, kind) {
  return html`<li class=${kind ? `diff-${kind}` : ''}>${tag(kind)}Set ${set.set_index}: ${set.expected_reps} × ${Number(set.expected_weight).toLocaleString()} ${unit()}</li>`;
}

/** The removed ones of a current plan's items (their ids are in the suggestion's removed list). */
const gone = (items, removed) => (items ?? []).filter((item) => removed.includes(item.id));

function diff(suggested, current, removed) {
  const currentDay = (id) => current.days.find((d) => d.id === id);
  const currentExercise = (day, id) => day?.exercises.find((ex) => ex.id === id);
  return html`<ol class="diff">
    ${suggested.days.map((day) => {
      const before = currentDay(day.id);
      return html`<li class="card ${mark(day) ? `diff-${mark(day)}` : ''}"><h4>${tag(mark(day))}${day.name}</h4>
        <ul>${day.exercises.map((ex) => {
          const was = currentExercise(before, ex.id);
          return html`<li class=${mark(ex) ? `diff-${mark(ex)}` : ''}>${tag(mark(ex))}<strong>${ex.exercise_name}</strong>
            <ul>${ex.sets.map((set) => setLine(set, mark(set)))}${gone(was?.sets, removed).map((set) => setLine(set, 'removed'))}</ul></li>`;
        })}
        ${gone(before?.exercises, removed).map((ex) => html`<li class="diff-removed">${tag('removed')}<strong>${ex.exercise_name}</strong></li>`)}</ul>
      </li>`;
    })}
    ${gone(current.days, removed).map((day) => html`<li class="card diff-removed"><h4>${tag('removed')}${day.name}</h4></li>`)}
  </ol>`;
}

/** The coach's card under the builder; `current` is the plan as saved, `onApplied` takes the updated plan. */
export function coachCard(c, current, onApplied) {
  const s = c.suggestion;
  return html`<section class="card" aria-labelledby="coach-title">
    <h2 id="coach-title">Ask the coach</h2>
    <form @submit=${(e) => { e.preventDefault(); ask(c, e.target); }}>
      ${field({ label: 'What do you want from this plan?', name: 'query', id: 'coach-query', value: c.query, required: true,
        errors: c.error?.fields, hint: 'For example: I want to get stronger' })}
      <button type="submit" ?disabled=${c.busy}>Ask the coach</button>
    </form>
    ${formError(c.error, ['query'])}
    ${c.applied ? html`<p class="ok" role="status">${c.applied}</p>` : nothing}
    ${s ? html`<div class="suggestion" role="region" aria-label="The coach's suggestion">
      <p>${s.ai_message}</p>
      ${s.ai_plan_modified && s.suggested_training_plan ? html`
        ${diff(s.suggested_training_plan, current, s.removed)}
        <div class="actions">
          <button class="primary" @click=${() => apply(c, onApplied)} ?disabled=${c.busy}>Apply the suggestion</button>
          <button @click=${() => { c.suggestion = null; update(); }}>Discard the suggestion</button>
        </div>` : html`<p class="muted">The coach suggests no change.</p>`}
    </div>` : nothing}
  </section>`;
}
