// A case's page: the stream tells the case's version (its view's last sequence) now and whenever it changes; when
// it differs from the one the page shows, a polite notice offers a reload (a form being filled is never lost).
(function () {
  'use strict';
  function listen() {
    var notice = document.getElementById('case-changed');
    if (!notice || !window.EventSource) {
      return;
    }
    var shown = notice.getAttribute('data-version');
    var source = new EventSource(notice.getAttribute('data-stream'));
    source.addEventListener('case', function (event) {
      notice.setAttribute('data-live', 'ready'); // for the browser tests: changes are told from now on
      if (event.data === shown || event.data === 'absent' || notice.firstChild) {
        return;
      }
      notice.appendChild(document.createTextNode(notice.getAttribute('data-text') + ' '));
      var link = document.createElement('a');
      link.href = notice.getAttribute('data-page') + '#timeline';
      link.id = 'case-reload';
      link.textContent = notice.getAttribute('data-reload');
      notice.appendChild(link);
      notice.classList.add('shown');
    });
    window.addEventListener('pagehide', function () { source.close(); });
  }
  document.addEventListener('DOMContentLoaded', listen);
}());
