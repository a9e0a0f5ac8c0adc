// 适老化: a larger-text, high-contrast reading mode that persists. Runs first so the page never
// flashes in the other mode; without JavaScript the toggle stays hidden and nothing else changes.
(function () {
  var KEY = 'nianbao-large-text';
  var root = document.documentElement;
  var on = false;
  try { on = localStorage.getItem(KEY) === '1'; } catch (e) { /* storage may be off */ }
  if (on) root.setAttribute('data-large-text', '');
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('pref-toggle');
    if (!button) return;
    button.hidden = false;
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.addEventListener('click', function () {
      on = !on;
      if (on) root.setAttribute('data-large-text', '');
      else root.removeAttribute('data-large-text');
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      try { localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* keep working without storage */ }
    });
  });
})();
