// The inbox's live arrivals: the console's stream says when to reload the list, htmx reloads it.
// "ready" comes once the stream will tell of every later notification, so a reload then misses none
// (also after the browser reconnected a broken stream).
(function () {
  'use strict';
  function listen() {
    var inbox = document.getElementById('inbox');
    if (!inbox || !window.EventSource || !window.htmx) {
      return;
    }
    var source = new EventSource(inbox.getAttribute('data-stream'));
    var reload = function () { htmx.trigger(inbox, 'inbox-changed'); };
    source.addEventListener('ready', function () {
      inbox.setAttribute('data-live', 'ready'); // for the browser tests: new notifications come from now on
      reload();
    });
    source.addEventListener('notification', reload);
    window.addEventListener('pagehide', function () { source.close(); });
  }
  document.addEventListener('DOMContentLoaded', listen);
}());

// The SLA board's live updates: the stream says when the board's result changed (its first event at once, so a
// reload then misses no later change), htmx reloads the board, and the summary goes to a polite live region so
// a screen reader hears the counts, not the whole table.
(function () {
  'use strict';
  function listen() {
    var board = document.getElementById('sla');
    if (!board || !window.EventSource || !window.htmx) {
      return;
    }
    var source = new EventSource(board.getAttribute('data-stream'));
    source.addEventListener('board', function () {
      board.setAttribute('data-live', 'ready'); // for the browser tests: changes are told from now on
      htmx.trigger(board, 'board-changed');
    });
    board.addEventListener('htmx:afterSwap', function () {
      var summary = document.getElementById('sla-summary');
      var announce = document.getElementById('sla-announce');
      if (summary && announce && announce.textContent !== summary.textContent) {
        announce.textContent = summary.textContent;
      }
    });
    window.addEventListener('pagehide', function () { source.close(); });
  }
  document.addEventListener('DOMContentLoaded', listen);
}());
