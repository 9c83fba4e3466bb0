// Akhbar reader site: small enhancements of pages that already work without JavaScript.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var announcer = document.getElementById('announcer');
  function announce(text) {
    if (announcer) { announcer.textContent = text; }
  }

  // Back to top: hidden at the top of the page, shown once the reader has scrolled away.
  var backToTop = document.getElementById('back-to-top');
  if (backToTop) {
    var threshold = 400;
    var update = function () { backToTop.classList.toggle('visible', window.scrollY > threshold); };
    window.addEventListener('scroll', update, { passive: true });
    update();
    backToTop.addEventListener('click', function (event) {
      event.preventDefault();
      var still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: 0, behavior: still ? 'auto' : 'smooth' });
      var top = document.getElementById('top');
      if (top) { top.focus({ preventScroll: true }); }
    });
  }

  // "Show more": append the next batch in place and put an address in the bar that rebuilds
  // the list down to here, so refresh and back keep the reader's place. Any failure falls back
  // to following the plain link to the next page.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.show-more');
    if (!link || !link.dataset.batch || !window.fetch || !window.DOMParser) { return; }
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') { return; }
    var label = link.textContent;
    link.setAttribute('aria-busy', 'true');
    link.textContent = link.dataset.loading;
    fetch(link.dataset.batch, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        var batch = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-batch]');
        var list = document.getElementById(link.dataset.list);
        if (!batch || !list) { throw new Error('unexpected batch'); }
        var first = null;
        batch.querySelectorAll('li.card').forEach(function (item) {
          var copy = document.importNode(item, true);
          list.appendChild(copy);
          first = first || copy;
        });
        if (batch.dataset.place) { history.replaceState(history.state, '', batch.dataset.place); }
        if (batch.dataset.next && batch.dataset.more) {
          link.href = batch.dataset.next;
          link.dataset.batch = batch.dataset.more;
          link.textContent = label;
          link.removeAttribute('aria-busy');
        } else {
          link.parentNode.removeChild(link);
        }
        announce(link.dataset.loaded);
        var firstLink = first && first.querySelector('.card-title a');
        if (firstLink) { firstLink.focus({ preventScroll: true }); }
      })
      .catch(function () { window.location.assign(link.href); });
  });
})();
