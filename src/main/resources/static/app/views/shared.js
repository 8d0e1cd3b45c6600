// Helpers the screens after signing in share: numbers as shown, errors as forms.js shows them, in-app links.
import { ApiError } from '../api.js';
import { navigate } from '../main.js';

/** Any failure as forms.js shows it: an ApiError keeps its per-field messages. */
export const problem = (error) => (error instanceof ApiError ? error : { message: error.message, fields: {} });

/** A number as the user reads it; a dash for none. */
export const fmt = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString(undefined, { maximumFractionDigits: 2 }));

/** A link's click handler that stays in the app. */
export const go = (path) => (e) => {
  e.preventDefault();
  navigate(path);
};

export const RECORD_NAMES = {
  HEAVIEST_WEIGHT: 'heaviest weight', MOST_REPS_AT_WEIGHT: 'most reps at a weight', BEST_ESTIMATED_1RM: 'best estimated 1RM',
  BEST_SET_VOLUME: 'best set volume', BEST_SESSION_VOLUME: 'best session volume',
};

export const VERDICTS = {
  first_time: 'first time: nothing to compare yet', improved: 'better than last time', held: 'as strong as last time',
  regressed: 'below last time',
};

/** Today's date (YYYY-MM-DD) in a time zone. */
export const dayIn = (zone, at = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: zone || undefined }).format(at);

/** A date (YYYY-MM-DD) or instant as the user reads it. */
export const dateText = (value, options = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }) =>
  new Date(value.length === 10 ? `${value}T12:00:00Z` : value).toLocaleDateString(undefined,
    value.length === 10 ? { ...options, timeZone: 'UTC' } : options);

/** The stylesheet of the screens loaded on first use (the first screen needs only app.css). */
export function styles(href) {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
