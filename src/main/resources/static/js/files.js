// Một Cửa: dropping files on an upload box puts them in its file field; the form still works by choosing files.
(function () {
  'use strict';

  function zoneOf(event) {
    return event.target.closest ? event.target.closest('.drop-zone') : null;
  }

  function showChosen(zone, input) {
    var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
    var list = zone.querySelector('.chosen');
    if (!list) {
      list = document.createElement('span');
      list.className = 'chosen';
      zone.appendChild(list);
    }
    list.textContent = names.join(', ');
  }

  ['dragenter', 'dragover'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var zone = zoneOf(event);
      if (!zone) { return; }
      event.preventDefault();
      zone.classList.add('dragging');
    });
  });

  document.addEventListener('dragleave', function (event) {
    var zone = zoneOf(event);
    if (zone) { zone.classList.remove('dragging'); }
  });

  document.addEventListener('drop', function (event) {
    var zone = zoneOf(event);
    if (!zone) { return; }
    event.preventDefault();
    zone.classList.remove('dragging');
    var input = zone.querySelector('input[type="file"]');
    if (input && event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      showChosen(zone, input);
    }
  });

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type === 'file') {
      var zone = input.closest('.drop-zone');
      if (zone) { showChosen(zone, input); }
    }
  });
}());
