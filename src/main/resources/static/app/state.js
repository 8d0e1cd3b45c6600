// The app's state and its one re-render: screens change state and call update(); main.js draws.

export const state = {
  me: null,
  acting: null, // the client a trainer acts for: { id (their user id), name, weight_unit, active_training_plan_id }
  route: { name: 'loading', params: {} },
  waiting: 0,
  refused: [],
  online: navigator.onLine,
};

let draw = () => {};

export function onUpdate(fn) {
  draw = fn;
}

export function update(changes = {}) {
  Object.assign(state, changes);
  draw();
}

/** Whose data the screens show: the client a trainer acts for, else the signed-in user. */
export const person = () => state.acting ?? state.me;

/** The weight unit of the person shown ("kg" or "lb"). */
export const unit = () => (person()?.weight_unit === 'LB' ? 'lb' : 'kg');

export function applyTheme(theme) {
  document.documentElement.dataset.theme = (theme || 'SYSTEM').toLowerCase();
}
