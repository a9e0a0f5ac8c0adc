// 适老化: a larger-text, high-contrast reading mode that persists. Runs first thing in <body>, before
// anything is drawn, so the page never flashes in the other mode and the header never changes height
// once drawn: the toggle is shown by CSS (:root[data-prefs]) from the first paint on, and a click is
// handled from then on too. Without JavaScript the toggle stays hidden and nothing else changes.
(function () {
  var KEY = 'nianbao-large-text';
  var root = document.documentElement;
  var on = false;
  try {
    on = localStorage.getItem(KEY) === '1';
  } catch (_e) {
    /* storage may be off */
  }
  if (on) root.setAttribute('data-large-text', '');
  root.setAttribute('data-prefs', '');
  function sync(button) {
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('#pref-toggle') : null;
    if (!button) return;
    on = !on;
    if (on) root.setAttribute('data-large-text', '');
    else root.removeAttribute('data-large-text');
    sync(button);
    try {
      localStorage.setItem(KEY, on ? '1' : '0');
    } catch (_e) {
      /* keep working without storage */
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('pref-toggle');
    if (button) sync(button);
  });
})();
