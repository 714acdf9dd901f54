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
