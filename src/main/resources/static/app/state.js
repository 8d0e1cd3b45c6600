// The app's state and its one re-render: screens change state and call update(); main.js draws.

export const state = {
  me: null,
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

/** The user's weight unit as shown ("kg" or "lb"). */
export const unit = () => (state.me?.weight_unit === 'LB' ? 'lb' : 'kg');

export function applyTheme(theme) {
  document.documentElement.dataset.theme = (theme || 'SYSTEM').toLowerCase();
}
