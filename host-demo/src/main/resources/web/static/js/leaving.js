// Leaving a page that holds unsaved work asks first. The page says what is unsaved (guardLeaving);
// a reload or closing the tab gets the browser's own prompt (beforeunload, which browsers show only
// after the person has interacted with the page, and with their own text), and the page's own links
// and "Sign out" ask with a confirm that names what would be lost. A page that guards nothing is
// never asked about.

/** What is unsaved now, as names a person knows (["Companies"]); empty when nothing is. */
let pending = () => [];
/** Set once the person agreed to leave, so the browser does not ask a second time. */
let agreed = false;
let installed = false;

/**
 * The page declares what it holds unsaved: unsaved() returns the names of the unsaved parts. Only a
 * page that calls this listens for leaving at all (a beforeunload listener can keep a page out of
 * some browsers' back/forward cache).
 */
export function guardLeaving(unsaved) {
  pending = unsaved;
  if (!installed) install();
}

/** "A", "A and B", "A, B and C". */
export function listed(names) {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Whether the person may leave the page now: true when nothing is unsaved or when they agreed, in a
 * confirm naming what is unsaved, to lose it. Call before any navigation the page makes itself.
 */
export function mayLeave() {
  const names = pending();
  if (names.length === 0) return true;
  const verb = names.length === 1 ? 'has' : 'have';
  if (!window.confirm(`${listed(names)} ${verb} unsaved changes. Leave this page and lose them?`)) return false;
  agreed = true;
  return true;
}

function install() {
  installed = true;
  window.addEventListener('beforeunload', (event) => {
    if (agreed || pending().length === 0) return;
    // preventDefault() is the standard way to ask; a truthy returnValue is for browsers from before it
    // (https://developer.mozilla.org/en-US/docs/Web/API/Window/beforeunload_event).
    event.preventDefault();
    event.returnValue = true;
  });

  // Back to a page kept in the back/forward cache: its edits are on it again, so it guards them again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) agreed = false;
  });

  // A plain click on a link to another page asks first. A click that opens a new tab or window, a
  // download, and a link to another part of this same page (#plugin/panel) leave the page where it is.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const to = new URL(link.href, window.location.href);
    const here = window.location;
    if (to.origin === here.origin && to.pathname === here.pathname && to.search === here.search && to.hash) return;
    if (!mayLeave()) event.preventDefault();
  });
}
