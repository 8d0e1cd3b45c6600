// The plate calculator: which plates go on each side of the bar for a target weight. The bar and the plates
// one owns are kept on this device, in the user's unit.
const KEY = 'overload.plates';
const DEFAULTS = { kg: { bar: 20, plates: [25, 20, 15, 10, 5, 2.5, 1.25] }, lb: { bar: 45, plates: [45, 35, 25, 10, 5, 2.5] } };

export function equipment(unit) {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}')[unit];
    if (saved && Number.isFinite(saved.bar) && Array.isArray(saved.plates)) return saved;
  } catch {
    // a damaged entry falls back to the defaults
  }
  return DEFAULTS[unit];
}

export function saveEquipment(unit, bar, plates) {
  const all = JSON.parse(localStorage.getItem(KEY) ?? '{}');
  all[unit] = { bar, plates: [...plates].sort((a, b) => b - a) };
  localStorage.setItem(KEY, JSON.stringify(all));
}

/** Plates per side, heaviest first, and what is left over that the plates cannot make; null under the bar. */
export function platesFor(target, { bar, plates }) {
  if (!(target >= bar)) return null;
  let side = Math.round(((target - bar) / 2) * 1000) / 1000;
  const used = [];
  for (const plate of [...plates].sort((a, b) => b - a)) {
    while (side + 1e-9 >= plate) {
      used.push(plate);
      side = Math.round((side - plate) * 1000) / 1000;
    }
  }
  return { used, leftover: side };
}
