// Akhbar reader comments: the form already works by posting; this sends it without leaving the
// page, answers replies in place, and asks for a fresh form time (the page may come from a cache).
(function () {
  'use strict';
  var form = document.querySelector('form.comment-form');
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var problems = form.querySelector('.comment-problems');
  var status = form.querySelector('.comment-status');
  var parent = form.querySelector('input[name=parent]');
  var token = form.querySelector('input[name=token]');
  var text = form.querySelector('textarea[name=text]');
  var button = form.querySelector('button[type=submit]');
  var home = form.parentNode;
  var homeNext = form.nextSibling;

  fetch(form.dataset.tokenUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (answer) { if (answer && answer.token) { token.value = answer.token; } })
    .catch(function () { /* the page's own token still works */ });

  function say(element, message) {
    element.textContent = '';
    if (message) {
      var line = document.createElement('p');
      line.textContent = message;
      element.appendChild(line);
    }
  }

  function replyNote() {
    return form.querySelector('[data-replying]');
  }

  // Reply: the form moves under the comment answered, and back when cancelled.
  document.addEventListener('click', function (event) {
    var answer = event.target.closest('a.comment-answer[data-reply]');
    if (answer) {
      event.preventDefault();
      parent.value = answer.dataset.reply;
      var note = replyNote();
      if (!note) {
        note = document.createElement('p');
        note.className = 'comment-replying';
        note.setAttribute('data-replying', '');
        form.insertBefore(note, problems);
      }
      note.textContent = answer.getAttribute('aria-label') + ' ';
      var cancel = document.createElement('a');
      cancel.href = '#respond';
      cancel.setAttribute('data-cancel-reply', '');
      cancel.textContent = form.dataset.cancel || '×';
      note.appendChild(cancel);
      answer.closest('li.comment').appendChild(form);
      text.focus();
      return;
    }
    if (event.target.closest('[data-cancel-reply]') && form.contains(event.target)) {
      event.preventDefault();
      parent.value = '';
      var existing = replyNote();
      if (existing) { existing.parentNode.removeChild(existing); }
      home.insertBefore(form, homeNext);
      text.focus();
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (button.disabled) { return; }
    button.disabled = true;
    say(problems, '');
    status.textContent = form.dataset.sending;
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: 'application/json', 'X-Requested-With': 'fetch' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
    }).then(function (result) {
      status.textContent = '';
      if (!result.ok) {
        say(problems, result.answer.message || form.dataset.failed);
        text.focus();
        return;
      }
      if (result.answer.status === 'posted' && result.answer.location) {
        window.location.assign(result.answer.location);
        return;
      }
      text.value = '';
      status.textContent = result.answer.message;
    }).catch(function () {
      status.textContent = '';
      say(problems, form.dataset.failed);
    }).then(function () {
      button.disabled = false;
    });
  });
})();
