// Một Cửa desk: small enhancements; every page works without them.
(function () {
  'use strict';

  // htmx requests carry Spring Security's CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Show only the fields the chosen outcome needs (data-outcomes lists the outcomes of a field).
  function showFieldsOf(form) {
    var chosen = form.querySelector('.outcome-choice:checked');
    form.querySelectorAll('[data-outcomes]').forEach(function (field) {
      var outcomes = field.getAttribute('data-outcomes').split(' ');
      field.hidden = !chosen || outcomes.indexOf(chosen.value) < 0;
    });
  }

  // A procedure chosen from the search results selects it and loads its checklist.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.choose-procedure');
    if (!button) { return; }
    var select = document.getElementById('procedureCode');
    select.value = button.getAttribute('data-code');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.focus();
  });

  document.addEventListener('change', function (event) {
    if (event.target.classList.contains('outcome-choice')) {
      showFieldsOf(event.target.form);
    }
  });

  // A form that does something hard to undo asks once more (data-confirm holds the question).
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('.outcome-choice')) { showFieldsOf(form); }
    });
  });
})();
