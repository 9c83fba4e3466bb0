// The newsroom's rich-text editor. The page works without it: the article body is a textarea of
// HTML. This script puts a right-to-left editor in front of that textarea and keeps the textarea
// in step, so the form always posts what the editor shows. Around it: pickers for library images
// and "اقرأ أيضاً" cards, tag suggestions, autosave, and a warning before leaving unsaved work.
//
// The content is held to the small vocabulary the site keeps (see ArticleHtml): p, h2, h3,
// strong, em, ul, ol, li, a[href], blockquote, br, figure > img + figcaption, and
// <aside data-article-id> cards. Whatever the browser's editing commands, a paste or a drop leave
// behind is rewritten into that vocabulary after every change.
(function () {
  'use strict';

  const form = document.getElementById('article-form');
  const source = form && form.querySelector('textarea.editor-source');
  if (!source || !window.fetch || !window.HTMLDialogElement || typeof document.execCommand !== 'function') { return; }

  const MEDIA_URL = '/newsroom/media';
  const MEDIA_LIST_URL = '/newsroom/media.json';
  const ARTICLES_URL = '/newsroom/articles.json';
  const TAGS_URL = '/newsroom/tags.json';
  // Autosave: this long after the last change, and at least this often while typing goes on.
  // The browser test shortens both through data attributes; the newsroom keeps the defaults.
  const IDLE_DELAY = Number(form.dataset.autosaveIdle) || 4000;
  const MAX_DELAY = Number(form.dataset.autosaveMax) || 15000;

  const csrfHeader = metaContent('csrf-header');
  const csrfToken = metaContent('csrf-token');

  /** A UI text, handed to the script by the form's data-msg-* attributes. */
  function msg(name, argument) {
    const text = form.getAttribute('data-msg-' + name) || '';
    return argument === undefined ? text : text.replace('{0}', argument);
  }

  function metaContent(name) {
    const meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.content : null;
  }

  /** A new element with attributes (null and false left out) and children (strings become text). */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) {
        element.setAttribute(name, value === true ? '' : value);
      }
    }
    element.append(...children.filter(child => child !== null && child !== undefined && child !== ''));
    return element;
  }

  // ---- The vocabulary -----------------------------------------------------------------------------

  const TEXT_BLOCKS = new Map([['p', 'p'], ['h1', 'h2'], ['h2', 'h2'], ['h3', 'h3'], ['h4', 'h3'], ['h5', 'h3'],
    ['h6', 'h3'], ['pre', 'p']]);
  const UNWRAPPED = new Set(['span', 'font', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'code', 'kbd', 'samp',
    'var', 'small', 'big', 'mark', 'abbr', 'acronym', 'cite', 'q', 'dfn', 'time', 'data', 'label', 'tt', 'bdi', 'bdo',
    'nobr', 'picture']);
  const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'head', 'title',
    'meta', 'link', 'button', 'input', 'select', 'textarea', 'svg', 'math', 'canvas', 'video', 'audio', 'source',
    'track', 'hr', 'map', 'area', 'o:p', 'wbr']);

  // How content is read: for the editor on screen (embedded blocks with their controls, dir="auto"
  // on each block), for the textarea (the vocabulary and nothing else), or from a paste (text only:
  // images come from the library, with their credits).
  const EDIT = { embeds: true, screen: true, collapse: false };
  const LOAD = { embeds: true, screen: true, collapse: true };
  const STORE = { embeds: true, screen: false, collapse: false };
  const PASTE = { embeds: false, screen: false, collapse: true };

  /** The content of `from` rewritten into the vocabulary, in a detached element. */
  function clean(from, mode) {
    const out = document.createElement('div');
    appendBlocks(from, out, mode, 'p');
    return out;
  }

  function kindOf(node, mode) {
    if (node.nodeType === Node.TEXT_NODE) { return 'inline'; }
    if (node.nodeType !== Node.ELEMENT_NODE) { return 'drop'; }
    if (node.hasAttribute('data-caret')) { return 'marker'; }
    const name = node.localName;
    if (DROPPED.has(name)) { return 'drop'; }
    if (TEXT_BLOCKS.has(name)) { return 'text'; }
    switch (name) {
      case 'br': case 'strong': case 'b': case 'em': case 'i': case 'a': return 'inline';
      case 'ul': case 'ol': return 'list';
      case 'blockquote': return 'quote';
      case 'img': return mode.embeds ? 'image' : 'drop';
      case 'figure': return mode.embeds && node.querySelector('img') ? 'image' : 'container';
      case 'aside': return isReadAlso(node) ? (mode.embeds ? 'read-also' : 'drop') : 'container';
    }
    return UNWRAPPED.has(name) ? 'inline' : 'container';
  }

  /** Appends the children of `from` to `to` as blocks; loose inline content goes into `runTag` blocks. */
  function appendBlocks(from, to, mode, runTag) {
    let run = null;
    for (const node of from.childNodes) {
      const kind = kindOf(node, mode);
      if (kind === 'drop') { continue; }
      if (kind === 'inline' || kind === 'marker') {
        if (!run && isBlank(node)) { continue; }
        run = run || to.appendChild(block(runTag, mode));
        const escaped = [];
        appendInline(node, run, mode, {}, escaped);
        if (escaped.length) {
          to.append(...escaped);
          run = null;
        }
        continue;
      }
      run = null;
      if (kind === 'text') {
        appendBlocks(node, to, mode, TEXT_BLOCKS.get(node.localName));
      } else if (kind === 'container') {
        appendBlocks(node, to, mode, 'p');
      } else if (kind === 'list') {
        appendList(node, to, mode);
      } else if (kind === 'quote') {
        const quote = document.createElement('blockquote');
        appendBlocks(node, quote, mode, 'p');
        if (quote.firstChild) { to.append(quote); }
      } else if (kind === 'image') {
        appendImage(node, to, mode);
      } else {
        appendReadAlso(node, to, mode);
      }
    }
  }

  /**
   * Copies inline content into `to`. Formatting is kept as strong, em and a; other elements give
   * their content; a block met here is flattened onto a line of its own; images found here go to
   * `escaped`, to follow the block as figures.
   */
  function appendInline(node, to, mode, within, escaped) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(mode.collapse ? node.data.replace(/[ \t\r\n\f]+/g, ' ') : node.data);
      return;
    }
    const kind = kindOf(node, mode);
    if (kind === 'drop') { return; }
    if (kind === 'marker') {
      to.append(node.cloneNode(false));
      return;
    }
    if (kind === 'image' || kind === 'read-also') {
      const holder = document.createElement('div');
      (kind === 'image' ? appendImage : appendReadAlso)(node, holder, mode);
      escaped.push(...holder.childNodes);
      return;
    }
    const name = node.localName;
    if (name === 'br') {
      to.append(document.createElement('br'));
      return;
    }
    let target = to;
    let inside = within;
    if ((name === 'strong' || (name === 'b' && !hasNormalWeight(node))) && !within.strong) {
      target = formatted(to, 'strong');
      inside = Object.assign({}, within, { strong: true });
    } else if ((name === 'em' || name === 'i') && !within.em) {
      target = formatted(to, 'em');
      inside = Object.assign({}, within, { em: true });
    } else if (name === 'a' && !within.a && safeHref(node.getAttribute('href'))) {
      target = to.appendChild(h('a', { href: safeHref(node.getAttribute('href')) }));
      inside = Object.assign({}, within, { a: true });
    } else if (kind !== 'inline' && to.lastChild && to.lastChild.localName !== 'br') {
      to.append(document.createElement('br'));
    }
    for (const child of node.childNodes) {
      appendInline(child, target, mode, inside, escaped);
    }
    if (target !== to && !target.firstChild) { target.remove(); }
  }

  /** The strong or em to write into: the one just written, if any, so that neighbours merge. */
  function formatted(to, tag) {
    const last = to.lastChild;
    return last && last.localName === tag ? last : to.appendChild(document.createElement(tag));
  }

  /** Some programs wrap a whole copied document in a <b> that is not bold. */
  function hasNormalWeight(element) {
    return /font-weight\s*:\s*(normal|[1-4]00)\b/i.test(element.getAttribute('data-pasted-style') || '');
  }

  function appendList(node, to, mode) {
    const list = document.createElement(node.localName);
    let loose = null;
    for (const child of node.childNodes) {
      const kind = kindOf(child, mode);
      if (kind === 'drop') { continue; }
      if (child.localName === 'li') {
        loose = null;
        const item = list.appendChild(block('li', mode));
        for (const part of child.childNodes) {
          if (kindOf(part, mode) === 'list') {
            appendList(part, item, mode);
          } else {
            appendInline(part, item, mode, {}, []);
          }
        }
        if (!item.firstChild) { item.remove(); }
      } else if (kind === 'list') {
        loose = null;
        appendList(child, list.lastChild || list.appendChild(block('li', mode)), mode);
      } else if (loose || !isBlank(child)) {
        loose = loose || list.appendChild(block('li', mode));
        appendInline(child, loose, mode, {}, []);
      }
    }
    if (list.firstChild) { to.append(list); }
  }

  function appendImage(node, to, mode) {
    const img = node.localName === 'img' ? node : node.querySelector('img');
    const src = safeSrc(img.getAttribute('src'));
    if (!src) {
      if (node.localName === 'figure') { appendBlocks(node, to, mode, 'p'); }
      return;
    }
    const caption = node.localName === 'figure' ? node.querySelector('figcaption') : null;
    const credit = caption && caption.querySelector('small');
    to.append(figure({
      src: src,
      alt: img.getAttribute('alt'),
      id: img.getAttribute('data-media-id'),
      caption: caption ? textOf(caption, 'small') : '',
      credit: credit ? textOf(credit) : ''
    }, mode.screen));
  }

  function appendReadAlso(node, to, mode) {
    const id = node.getAttribute('data-article-id');
    to.append(readAlso({
      id: /^\d{1,18}$/.test(id) ? id : null,
      externalId: node.getAttribute('data-article-external-id'),
      title: node.getAttribute('data-title')
    }, mode.screen));
  }

  function isReadAlso(node) {
    return /^\d{1,18}$/.test(node.getAttribute('data-article-id') || '') || !!node.getAttribute('data-article-external-id');
  }

  /** An image block: figure > img + figcaption (the caption, then the credit in <small>). */
  function figure(image, screen) {
    const element = h('figure', {}, h('img', {
      src: image.src,
      alt: image.alt || '',
      'data-media-id': /^\d{1,18}$/.test(image.id) ? image.id : null
    }));
    if (image.caption || image.credit) {
      element.append(h('figcaption', {}, image.caption, image.credit ? h('small', {}, image.credit) : null));
    }
    return screen ? withControls(element) : element;
  }

  /** A "اقرأ أيضاً" card: an empty aside naming its article; on screen, it shows the title. */
  function readAlso(card, screen) {
    const element = h('aside', {
      'data-article-id': card.id,
      'data-article-external-id': card.id ? null : card.externalId,
      'data-title': card.title || null
    });
    if (!screen) { return element; }
    element.append(h('span', { class: 'editor-embed-label' }, msg('read-also')),
      h('span', { class: 'editor-embed-title', dir: 'auto' }, card.title || msg('article-number', card.id || card.externalId)));
    return withControls(element);
  }

  /** On screen, an embedded block is one piece: not editable inside, with a button that removes it. */
  function withControls(element) {
    element.setAttribute('contenteditable', 'false');
    element.setAttribute('class', 'editor-embed');
    element.append(h('button', { type: 'button', class: 'editor-remove', 'aria-label': msg('remove'), title: msg('remove') }, '×'));
    return element;
  }

  function isEmbed(node) {
    return !!node && (node.localName === 'figure' || node.localName === 'aside');
  }

  function block(tag, mode) {
    return mode.screen ? h(tag, { dir: 'auto' }) : document.createElement(tag);
  }

  function isBlank(node) {
    return node.nodeType === Node.TEXT_NODE && /^[ \t\r\n\f]*$/.test(node.data);
  }

  function textOf(element, skipped) {
    let text = '';
    for (const child of element.childNodes) {
      if (!skipped || child.localName !== skipped) { text += child.textContent; }
    }
    return text.replace(/\s+/g, ' ').trim();
  }

  function safeHref(value) {
    const href = (value || '').trim();
    return /^(https?:\/\/|mailto:)\S/i.test(href) || /^\/(?!\/)/.test(href) ? href : null;
  }

  function safeSrc(value) {
    const src = (value || '').trim();
    return /^https?:\/\/\S/i.test(src) || /^\/(?!\/)/.test(src) ? src : null;
  }

  /** Room for the caret: a line in every empty block, and a paragraph around and between embedded blocks. */
  function fitForEditing(root) {
    root.querySelectorAll('p, h2, h3, li').forEach(element => {
      if (!Array.from(element.childNodes).some(node => !isMarker(node))) { element.append(document.createElement('br')); }
    });
    let previous = null;
    for (const node of Array.from(root.childNodes)) {
      if (isEmbed(node) && (!previous || isEmbed(previous))) { node.before(emptyParagraph()); }
      previous = node;
    }
    if (!root.lastChild || isEmbed(root.lastChild)) { root.append(emptyParagraph()); }
  }

  function emptyParagraph() {
    return h('p', { dir: 'auto' }, h('br'));
  }

  /** What the textarea need not keep: line breaks that end a block, empty blocks, no-break spaces. */
  function prune(root) {
    root.querySelectorAll('p, h2, h3, li').forEach(element => {
      while (element.lastChild && element.lastChild.localName === 'br') { element.lastChild.remove(); }
    });
    Array.from(root.querySelectorAll('strong, em, a')).forEach(element => {
      if (!element.textContent.trim()) { element.replaceWith(...Array.from(element.childNodes)); }
    });
    Array.from(root.querySelectorAll('p, h2, h3, li, ul, ol, blockquote')).reverse().forEach(element => {
      if (!element.textContent.trim() && !element.querySelector('figure, aside')) { element.remove(); }
    });
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) { texts.currentNode.data = texts.currentNode.data.replace(/\u00a0/g, ' '); }
    return root;
  }

  /** Parses HTML without running or loading anything. */
  function parse(html) {
    return new DOMParser().parseFromString(html, 'text/html').body;
  }

  /**
   * Pasted HTML without its style sheets, inline styles and event handlers: the page's policy
   * refuses them anyway, but would report each one in the console while the paste is parsed.
   */
  function quieten(html) {
    return html.replace(/<style[\s>][\s\S]*?<\/style\s*>/gi, '')
      .replace(/<[a-z][^>]*>/gi, tag => tag.replace(/(\s)(style|on[a-z]+)(\s*=)/gi, '$1data-pasted-$2$3'));
  }

  function plainParagraphs(text) {
    const out = document.createElement('div');
    text.split(/\r?\n/).filter(line => line.trim()).forEach(line => out.append(h('p', {}, line)));
    return out;
  }

  // ---- The editor -----------------------------------------------------------------------------------

  const editor = h('div', {
    class: 'editor-area', contenteditable: 'true', dir: 'rtl', role: 'textbox', 'aria-multiline': 'true',
    'aria-invalid': source.getAttribute('aria-invalid')
  });
  const history = { states: [], index: -1, kind: null, at: 0 };
  let lastRange = null;

  /** After every change: back into the vocabulary, into the undo history, into the textarea. */
  function afterEdit(kind) {
    tidy();
    remember(kind);
    sync();
    autosaveSoon();
  }

  function sync() {
    source.value = prune(clean(editor, STORE)).innerHTML;
  }

  /** Rewrites the editor's content into the vocabulary, if the last change left anything else in it. */
  function tidy() {
    const tidied = clean(editor, EDIT);
    fitForEditing(tidied);
    if (tidied.innerHTML === editor.innerHTML) { return; }
    const restoreSelection = markSelection();
    const marked = clean(editor, EDIT);
    fitForEditing(marked);
    editor.replaceChildren(...marked.childNodes);
    restoreSelection();
  }

  /**
   * Marks the selection with two empty elements, which the rewriting carries along with the text
   * around them; returns a function that selects between the marks again and removes them.
   */
  function markSelection() {
    const range = editorRange();
    if (!range) { return () => {}; }
    const end = range.cloneRange();
    end.collapse(false);
    end.insertNode(h('span', { 'data-caret': 'end' }));
    const start = range.cloneRange();
    start.collapse(true);
    start.insertNode(h('span', { 'data-caret': 'start' }));
    return () => {
      const marks = editor.querySelectorAll('[data-caret]');
      if (!marks.length) { return; }
      const selection = document.createRange();
      selection.setStartBefore(marks[0]);
      selection.setEndBefore(marks[marks.length - 1]);
      const parents = new Set(Array.from(marks, mark => mark.parentNode));
      marks.forEach(mark => mark.remove());
      parents.forEach(parent => parent.normalize());
      select(selection);
    };
  }

  function isMarker(node) {
    return node.nodeType === Node.ELEMENT_NODE && node.hasAttribute('data-caret');
  }

  function editorRange() {
    const selection = window.getSelection();
    if (!selection.rangeCount) { return null; }
    const range = selection.getRangeAt(0);
    return editor.contains(range.commonAncestorContainer) ? range : null;
  }

  function select(range) {
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** Focus back in the editor, with the selection it had before a button or a dialog took it. */
  function focusEditor() {
    editor.focus({ preventScroll: true });
    if (editorRange()) { return; }
    const range = currentRange();
    if (range) {
      select(range);
    } else {
      caretAt(editor.lastChild, false);
    }
  }

  /** The selection in the editor or, while a button or a dialog has the focus, the last one it had. */
  function currentRange() {
    return editorRange() || (lastRange && editor.contains(lastRange.startContainer) ? lastRange : null);
  }

  function caretAt(node, atStart) {
    if (!node) { return; }
    const range = document.createRange();
    range.selectNodeContents(node);
    range.collapse(atStart);
    select(range);
  }

  /** The editor's own child that holds `node`. */
  function topBlockOf(node, offset) {
    let block = node === editor ? editor.childNodes[Math.max(0, offset - 1)] : node;
    while (block && block.parentNode !== editor) { block = block.parentNode; }
    return block;
  }

  function closestInEditor(selector) {
    const range = currentRange();
    if (!range) { return null; }
    const node = range.startContainer;
    const found = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement).closest(selector);
    return found && editor.contains(found) ? found : null;
  }

  // Undo and redo: the browser's own history does not know the rewriting above, so the editor keeps
  // its own, one state per change, with a run of typing (or of deleting) kept as one.
  function remember(kind) {
    const state = { html: editor.innerHTML, caret: caretPath() };
    const current = history.states[history.index];
    if (current && current.html === state.html) {
      current.caret = state.caret;
      return;
    }
    const now = Date.now();
    if (kind && kind === history.kind && now - history.at < 1500 && history.index > 0) {
      history.states[history.index] = state;
    } else {
      history.states.splice(history.index + 1, history.states.length, state);
      if (history.states.length > 200) { history.states.shift(); }
      history.index = history.states.length - 1;
    }
    history.kind = kind;
    history.at = now;
  }

  function undo() {
    if (history.index > 0) { restoreState(history.states[--history.index]); }
  }

  function redo() {
    if (history.index < history.states.length - 1) { restoreState(history.states[++history.index]); }
  }

  function restoreState(state) {
    editor.innerHTML = state.html;
    editor.focus({ preventScroll: true });
    const range = document.createRange();
    try {
      range.setStart(nodeAt(state.caret[0]), state.caret[1]);
      range.setEnd(nodeAt(state.caret[2]), state.caret[3]);
    } catch (noSuchPlace) {
      range.selectNodeContents(editor);
      range.collapse(false);
    }
    select(range);
    history.kind = null;
    sync();
    autosaveSoon();
  }

  function caretPath() {
    const range = editorRange();
    return range && [pathTo(range.startContainer), range.startOffset, pathTo(range.endContainer), range.endOffset];
  }

  function pathTo(node) {
    const path = [];
    for (; node !== editor; node = node.parentNode) { path.unshift(Array.prototype.indexOf.call(node.parentNode.childNodes, node)); }
    return path;
  }

  function nodeAt(path) {
    return path.reduce((node, index) => node.childNodes[index], editor);
  }

  // ---- Commands -------------------------------------------------------------------------------------

  function exec(command, value) {
    focusEditor();
    document.execCommand(command, false, value === undefined ? null : value);
    afterEdit(null);
  }

  /** Paragraph, h2 or h3 for the blocks of the selection; a heading asked for twice goes back to a paragraph. */
  function formatBlock(tag) {
    exec('formatBlock', tag !== 'p' && closestInEditor(tag) ? 'p' : tag);
  }

  function clearFormatting() {
    focusEditor();
    document.execCommand('removeFormat');
    document.execCommand('unlink');
    afterEdit(null);
  }

  /** Quotes the blocks of the selection, or unquotes the quote the selection is in. */
  function toggleQuote() {
    focusEditor();
    const range = editorRange();
    if (!range) { return; }
    const quote = closestInEditor('blockquote');
    const blocks = [];
    for (const node of editor.children) {
      if (range.intersectsNode(node)) {
        if (isEmbed(node)) { break; }
        blocks.push(node);
      }
    }
    const restoreSelection = markSelection();
    if (quote) {
      quote.replaceWith(...Array.from(quote.childNodes));
    } else if (blocks.length) {
      const created = document.createElement('blockquote');
      blocks[0].before(created);
      created.append(...blocks);
    }
    restoreSelection();
    afterEdit(null);
  }

  /** Asks for an address; only http(s) and mailto are taken. An empty answer removes the link. */
  function link() {
    focusEditor();
    const range = editorRange();
    if (!range) { return; }
    const selection = range.cloneRange();
    const current = closestInEditor('a');
    const answer = window.prompt(msg('link-prompt'), current ? current.getAttribute('href') : 'https://');
    if (answer === null) { return; }
    editor.focus({ preventScroll: true });
    select(selection);
    const typed = answer.trim();
    if (typed === '' || typed === 'https://') {
      if (current) {
        window.getSelection().selectAllChildren(current);
        exec('unlink');
      }
      return;
    }
    const href = acceptedLink(typed);
    if (!href) {
      showStatus(msg('link-invalid'), true);
    } else if (current && selection.collapsed) {
      current.setAttribute('href', href);
      afterEdit(null);
    } else {
      exec('createLink', href);
    }
  }

  function acceptedLink(typed) {
    if (/^(https?:\/\/|mailto:)[^\s]+$/i.test(typed)) { return typed; }
    return /^[^\s:/@]+\.[^\s:/@]+(\/\S*)?$/.test(typed) ? 'https://' + typed : null;
  }

  /** Puts an embedded block after the block holding the caret, or in place of an empty paragraph. */
  function insertBlock(element) {
    const range = currentRange();
    const anchor = range ? topBlockOf(range.startContainer, range.startOffset) : null;
    if (anchor && anchor.localName === 'p' && !anchor.textContent.trim()) {
      anchor.replaceWith(element);
    } else if (anchor) {
      anchor.after(element);
    } else {
      editor.append(element);
    }
    fitForEditing(editor);
    editor.focus({ preventScroll: true });
    caretAt(element.nextSibling, true);
    element.scrollIntoView({ block: 'nearest' });
    afterEdit(null);
  }

  /**
   * Pasted blocks at the caret, as word processors do it: the first paragraph joins the block being
   * written, the others follow it, and what stood after the caret joins the last one.
   * (The browser's insertHTML would do the same, but leaves inline styles behind.)
   */
  function insertPasted(pasted) {
    focusEditor();
    if (!editorRange().collapsed) { document.execCommand('delete'); }
    const range = editorRange();
    const container = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement;
    const current = container.closest('p, h2, h3, li');
    const blocks = Array.from(pasted.childNodes);
    let last = current && editor.contains(current) ? current : null;
    let tail = null;
    if (last) {
      const rest = range.cloneRange();
      rest.setEnd(last, last.childNodes.length);
      tail = rest.extractContents();
      if (blocks[0].localName === 'p') { last.append(...Array.from(blocks.shift().childNodes)); }
    }
    for (const block of blocks) {
      if (last) { last.after(block); } else { editor.append(block); }
      last = block;
    }
    const caret = document.createRange();
    caret.selectNodeContents(last);
    caret.collapse(false);
    if (tail && tail.textContent) {
      if (/^(p|h2|h3|li)$/.test(last.localName)) {
        last.append(tail);
      } else {
        last.after(h(current.localName, {}, tail));
      }
    }
    select(caret);
    afterEdit(null);
  }

  /**
   * Backspace at the start of a paragraph, or Delete at its end, done here where the browser's way
   * falls short: an embedded block beside the caret goes on its own (the browser would also join
   * the paragraphs around it), and two paragraphs join without the inline styles the browser writes
   * while joining (which the page's policy refuses, with a report each time). Lists and quotes are
   * left to the browser.
   */
  function deleteAtBlockEdge(event) {
    const backwards = event.key === 'Backspace';
    const range = editorRange();
    const block = range && range.collapsed && closestInEditor('p, h2, h3');
    if (!block) { return; }
    const between = document.createRange();
    between.selectNodeContents(block);
    if (backwards) {
      between.setEnd(range.startContainer, range.startOffset);
    } else {
      between.setStart(range.startContainer, range.startOffset);
    }
    if (between.toString()) { return; }
    const neighbour = backwards ? block.previousElementSibling : block.nextElementSibling;
    if (isEmbed(neighbour)) {
      event.preventDefault();
      neighbour.remove();
      fitForEditing(editor);
      afterEdit('deleting');
    } else if (neighbour && /^(p|h2|h3)$/.test(neighbour.localName)) {
      event.preventDefault();
      joinBlocks(backwards ? neighbour : block, backwards ? block : neighbour);
      afterEdit('deleting');
    }
  }

  /** The second block's content at the end of the first, the caret where they meet. */
  function joinBlocks(first, second) {
    if (!first.textContent) {
      first.remove();
      caretAt(second, true);
      return;
    }
    if (first.lastChild.localName === 'br') { first.lastChild.remove(); }
    const join = document.createRange();
    join.selectNodeContents(first);
    join.collapse(false);
    if (second.textContent) { first.append(...Array.from(second.childNodes)); }
    second.remove();
    select(join);
  }

  function removeEmbed(embed) {
    const next = embed.nextSibling || embed.previousSibling;
    embed.remove();
    fitForEditing(editor);
    editor.focus({ preventScroll: true });
    caretAt(next && next.isConnected ? next : editor.firstChild, true);
    afterEdit(null);
  }

  // ---- The toolbar ----------------------------------------------------------------------------------

  const TOOLS = [
    [
      { name: 'paragraph', label: msg('paragraph'), run: () => formatBlock('p') },
      { name: 'heading2', label: msg('heading2'), run: () => formatBlock('h2'), pressed: () => !!closestInEditor('h2') },
      { name: 'heading3', label: msg('heading3'), run: () => formatBlock('h3'), pressed: () => !!closestInEditor('h3') }
    ],
    [
      { name: 'bold', label: msg('bold'), keys: 'Control+B', run: () => exec('bold'), pressed: () => document.queryCommandState('bold') },
      { name: 'italic', label: msg('italic'), keys: 'Control+I', run: () => exec('italic'), pressed: () => document.queryCommandState('italic') },
      { name: 'link', label: msg('link'), keys: 'Control+K', run: link, pressed: () => !!closestInEditor('a') },
      { name: 'clear', label: msg('clear'), run: clearFormatting }
    ],
    [
      { name: 'bullets', label: msg('bullets'), run: () => exec('insertUnorderedList'), pressed: () => !!closestInEditor('ul') },
      { name: 'numbers', label: msg('numbers'), run: () => exec('insertOrderedList'), pressed: () => !!closestInEditor('ol') },
      { name: 'quote', label: msg('quote'), run: toggleQuote, pressed: () => !!closestInEditor('blockquote') }
    ],
    [
      { name: 'image', label: msg('image'), run: () => openMedia('body') },
      { name: 'read-also', label: msg('read-also'), run: openReadAlso }
    ],
    [
      { name: 'undo', label: msg('undo'), keys: 'Control+Z', run: undo },
      { name: 'redo', label: msg('redo'), keys: 'Control+Y', run: redo }
    ]
  ];

  /** One tab stop; the arrow keys move along it (leftwards is onwards, right to left). */
  function buildToolbar() {
    const bar = h('div', { class: 'editor-toolbar', role: 'toolbar', 'aria-label': msg('toolbar') });
    for (const group of TOOLS) {
      const holder = bar.appendChild(h('div', { class: 'tool-group' }));
      for (const tool of group) {
        tool.button = holder.appendChild(h('button', {
          type: 'button', class: 'tool tool-' + tool.name, tabindex: '-1',
          'aria-label': tool.label, 'aria-keyshortcuts': tool.keys || null,
          'aria-pressed': tool.pressed ? 'false' : null,
          title: tool.keys ? tool.label + ' (' + tool.keys.replace('Control', 'Ctrl') + ')' : tool.label
        }, tool.label));
        // The editor keeps focus and selection when a button is clicked.
        tool.button.addEventListener('mousedown', event => event.preventDefault());
        tool.button.addEventListener('click', () => tool.run());
      }
    }
    bar.querySelector('button').tabIndex = 0;
    bar.addEventListener('keydown', event => {
      const buttons = Array.from(bar.querySelectorAll('button'));
      const at = buttons.indexOf(document.activeElement);
      const onwards = getComputedStyle(bar).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backwards = onwards === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
      const to = { [onwards]: at + 1, [backwards]: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (at < 0 || to === undefined) { return; }
      event.preventDefault();
      const next = buttons[(to + buttons.length) % buttons.length];
      buttons.forEach(button => { button.tabIndex = button === next ? 0 : -1; });
      next.focus();
    });
    return bar;
  }

  function updateToolbar() {
    for (const tool of TOOLS.flat()) {
      if (tool.pressed) { tool.button.setAttribute('aria-pressed', String(!!tool.pressed())); }
    }
  }

  // ---- Pickers ---------------------------------------------------------------------------------------

  let mediaPicker = null;
  let readAlsoPicker = null;

  function openMedia(purpose) {
    mediaPicker = mediaPicker || buildMediaPicker();
    mediaPicker.open(purpose);
  }

  function openReadAlso() {
    readAlsoPicker = readAlsoPicker || buildReadAlsoPicker();
    readAlsoPicker.open();
  }

  /** A modal dialog with a title, a close button, a search form and a line for notes. */
  function pickerDialog(name, searchLabel, search) {
    const title = h('h2', { id: 'editor-' + name + '-title' });
    const close = h('button', { type: 'button', class: 'dialog-close', 'aria-label': msg('close'), title: msg('close') }, '×');
    const input = h('input', { id: 'editor-' + name + '-q', type: 'search', name: 'q', autocomplete: 'off', dir: 'auto' });
    const searchForm = h('form', { class: 'dialog-search', role: 'search' },
      h('label', { for: input.id }, searchLabel),
      h('div', { class: 'dialog-search-row' }, input, h('button', { type: 'submit' }, msg('search'))));
    const note = h('p', { class: 'dialog-note', role: 'status' });
    const body = h('div', { class: 'dialog-body' }, searchForm, note);
    const element = h('dialog', { class: 'editor-dialog editor-' + name, 'aria-labelledby': title.id },
      h('div', { class: 'dialog-head' }, title, close), body);
    document.body.append(element);

    close.addEventListener('click', () => element.close());
    searchForm.addEventListener('submit', event => {
      event.preventDefault();
      search(input.value.trim());
    });
    let typing = null;
    input.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => search(input.value.trim()), 300);
    });
    return {
      element, title, body, input,
      say(text, error) {
        note.textContent = text;
        note.classList.toggle('error', !!error);
      },
      open() {
        element.showModal();
        input.focus();
        search(input.value.trim());
      }
    };
  }

  function buildMediaPicker() {
    let purpose = 'body';
    let query = '';
    let cursor = null;
    let loading = null;
    const dialog = pickerDialog('media', msg('media-search'), q => load(q, null));
    const grid = h('ul', { class: 'media-grid' });
    const more = h('button', { type: 'button', class: 'dialog-more', hidden: true }, msg('more'));
    const upload = buildUpload(dialog, item => choose(item));
    dialog.body.append(grid, more, upload);

    more.addEventListener('click', () => {
      const shown = grid.children.length;
      load(query, cursor).then(() => {
        const first = grid.children[shown];
        if (first) { first.querySelector('button').focus(); }
      });
    });

    async function load(q, before) {
      if (loading) { loading.abort(); }
      loading = new AbortController();
      const params = new URLSearchParams({ q: q });
      if (before) { params.set('before', before); }
      dialog.say(msg('loading'));
      try {
        const page = await getJson(MEDIA_LIST_URL + '?' + params, loading.signal);
        if (!before) { grid.replaceChildren(); }
        page.items.forEach(item => grid.append(h('li', {}, mediaChoice(item))));
        query = q;
        cursor = page.next || null;
        more.hidden = !cursor;
        dialog.say(grid.children.length ? '' : msg('no-media'));
      } catch (error) {
        if (error.name !== 'AbortError') { dialog.say(msg('load-failed'), true); }
      }
    }

    function mediaChoice(item) {
      const button = h('button', { type: 'button', class: 'media-choice' },
        h('img', { src: item.thumb || item.src, alt: '', loading: 'lazy' }),
        h('span', { dir: 'auto' }, item.caption || item.alt || item.originalName || String(item.id)));
      button.addEventListener('click', () => choose(item));
      return button;
    }

    function choose(item) {
      dialog.element.close();
      if (purpose === 'featured') {
        setFeatured(item);
      } else {
        insertBlock(figure(item, true));
      }
    }

    return {
      open(forWhat) {
        purpose = forWhat;
        dialog.title.textContent = forWhat === 'featured' ? msg('featured-title') : msg('media-title');
        dialog.open();
      }
    };
  }

  /** Uploading into the library: the file with its description, caption and credit. */
  function buildUpload(dialog, uploaded) {
    const field = (name, label, attributes) => {
      const input = h('input', Object.assign({ id: 'editor-upload-' + name, name: name, dir: 'auto' }, attributes));
      return [h('label', { for: input.id }, label), input];
    };
    const uploadForm = h('form', { class: 'media-upload-form' },
      ...field('file', msg('file'), { type: 'file', accept: 'image/*', required: true, dir: null }),
      ...field('alt', msg('alt'), {}),
      ...field('caption', msg('caption'), {}),
      ...field('credit', msg('credit'), {}),
      h('button', { type: 'submit', class: 'primary' }, msg('upload-send')));
    const details = h('details', { class: 'media-upload' }, h('summary', {}, msg('upload')), uploadForm);

    uploadForm.addEventListener('submit', async event => {
      event.preventDefault();
      uploadForm.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
      dialog.say(msg('uploading'));
      let response;
      let answer;
      try {
        response = await fetch(MEDIA_URL, {
          method: 'POST', body: new FormData(uploadForm), credentials: 'same-origin',
          headers: withCsrf({ Accept: 'application/json', 'X-Requested-With': 'fetch' })
        });
        answer = await readJson(response);
      } catch (offline) {
        dialog.say(msg('upload-failed'), true);
        return;
      }
      if (response.ok && answer && answer.id) {
        uploadForm.reset();
        details.open = false;
        dialog.say('');
        uploaded(answer);
      } else if (sessionEnded(response, answer)) {
        dialog.say(msg('session-ended'), true);
      } else {
        dialog.say((answer && answer.message) || (response.status === 413 ? msg('upload-too-large') : msg('upload-failed')), true);
        const wrong = answer && answer.field && uploadForm.elements.namedItem(answer.field);
        if (wrong) {
          wrong.setAttribute('aria-invalid', 'true');
          wrong.focus();
        }
      }
    });
    return details;
  }

  function buildReadAlsoPicker() {
    let loading = null;
    const dialog = pickerDialog('read-also', msg('article-search'), load);
    dialog.title.textContent = msg('read-also-title');
    const list = h('ul', { class: 'article-choices' });
    dialog.body.append(list);

    async function load(q) {
      if (loading) { loading.abort(); }
      loading = new AbortController();
      dialog.say(msg('loading'));
      try {
        const found = await getJson(ARTICLES_URL + '?' + new URLSearchParams({ q: q }), loading.signal);
        list.replaceChildren(...found.items.map(item => h('li', {}, articleChoice(item))));
        dialog.say(found.items.length ? '' : msg('no-articles'));
      } catch (error) {
        if (error.name !== 'AbortError') { dialog.say(msg('load-failed'), true); }
      }
    }

    function articleChoice(item) {
      const button = h('button', { type: 'button', class: 'article-choice' },
        h('span', { dir: 'auto' }, item.title),
        item.status === 'published' ? null : h('span', { class: 'article-status' }, msg('not-published')));
      button.addEventListener('click', () => {
        dialog.element.close();
        insertBlock(readAlso({ id: String(item.id), title: item.title }, true));
      });
      return button;
    }

    return dialog;
  }

  // ---- The featured image -------------------------------------------------------------------------

  const featuredInput = document.getElementById('featuredMediaId');
  const featuredPreview = document.getElementById('featured-preview');
  const featuredChoose = h('button', { type: 'button', class: 'featured-choose' }, msg('featured-choose'));
  const featuredClear = h('button', { type: 'button', class: 'featured-clear' }, msg('featured-clear'));

  function setFeatured(item) {
    featuredInput.value = item.id;
    featuredPreview.replaceChildren(h('img', { src: item.thumb || item.src, alt: item.alt || '' }));
    featuredClear.hidden = false;
    featuredChoose.focus();
    autosaveSoon();
  }

  function clearFeatured() {
    featuredInput.value = '';
    featuredPreview.replaceChildren();
    featuredClear.hidden = true;
    featuredChoose.focus();
    autosaveSoon();
  }

  // ---- Tag suggestions ------------------------------------------------------------------------------

  /** Suggestions for the tag being typed, the one after the last comma (Latin "," or Arabic "،"). */
  function tagSuggester(input, datalist) {
    let waiting = null;
    let loading = null;
    input.addEventListener('input', () => {
      clearTimeout(waiting);
      waiting = setTimeout(suggest, 250);
    });

    async function suggest() {
      const value = input.value;
      const cut = Math.max(value.lastIndexOf(','), value.lastIndexOf('،'));
      const typed = value.slice(cut + 1);
      // Each suggestion is the whole value with the typed tag completed: that is what a datalist fills in.
      const head = value.slice(0, cut + 1) + typed.match(/^\s*/)[0];
      if (!typed.trim() || input.selectionStart < value.length) {
        datalist.replaceChildren();
        return;
      }
      if (loading) { loading.abort(); }
      loading = new AbortController();
      try {
        const found = await getJson(TAGS_URL + '?' + new URLSearchParams({ q: typed.trim() }), loading.signal);
        const taken = new Set(value.slice(0, cut + 1).split(/[,،]/).map(tag => tag.trim()));
        datalist.replaceChildren(...found.items.filter(name => !taken.has(name))
          .map(name => h('option', { value: head + name, label: name })));
      } catch (ignored) {
        // Suggestions are a convenience: without them the field works as before.
      }
    }
  }

  // ---- Autosave -------------------------------------------------------------------------------------

  const statusLine = document.getElementById('editor-status');
  const versionInput = form.querySelector('input[name="version"]');
  const autosave = { saved: null, inFlight: null, again: false, stopped: false, leaving: false, idle: null, latest: null };

  function showStatus(text, error) {
    if (!statusLine || autosave.stopped) { return; }
    statusLine.textContent = text;
    statusLine.classList.toggle('error', !!error);
  }

  /** The form's fields as an autosave posts them: everything but the buttons' action. */
  function fields() {
    const data = new URLSearchParams(new FormData(form));
    data.delete('action');
    return data;
  }

  /** What the writer changes: the fields without the version, which every save moves on. */
  function stateOf(data) {
    const copy = new URLSearchParams(data);
    copy.delete('version');
    return copy.toString();
  }

  function unsaved() {
    return stateOf(fields()) !== autosave.saved;
  }

  function autosaveSoon() {
    if (autosave.stopped || autosave.leaving) { return; }
    clearTimeout(autosave.idle);
    autosave.idle = setTimeout(saveNow, IDLE_DELAY);
    if (!autosave.latest) { autosave.latest = setTimeout(saveNow, MAX_DELAY); }
  }

  function retryLater() {
    if (!autosave.latest && !autosave.stopped && !autosave.leaving) { autosave.latest = setTimeout(saveNow, MAX_DELAY); }
  }

  /** Saves what changed, if title and body are there; never two at once: one more follows if needed. */
  function saveNow() {
    clearTimeout(autosave.idle);
    clearTimeout(autosave.latest);
    autosave.idle = autosave.latest = null;
    if (autosave.stopped || autosave.leaving) { return; }
    if (autosave.inFlight) {
      autosave.again = true;
      return;
    }
    const data = fields();
    const state = stateOf(data);
    if (state === autosave.saved || !(data.get('title') || '').trim() || !(data.get('body') || '').trim()) { return; }
    autosave.inFlight = post(data, state).finally(() => {
      autosave.inFlight = null;
      if (autosave.again) {
        autosave.again = false;
        saveNow();
      }
    });
  }

  async function post(data, state) {
    showStatus(msg('saving'));
    let response;
    let answer;
    try {
      response = await fetch(form.dataset.autosaveUrl, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: withCsrf({ Accept: 'application/json', 'X-Requested-With': 'fetch' })
      });
      answer = await readJson(response);
    } catch (offline) {
      showStatus(msg('save-failed'), true);
      retryLater();
      return;
    }
    if (response.ok && answer && answer.version !== undefined) {
      saved(answer, state);
    } else if (response.status === 409) {
      // Someone saved in between: saving on would overwrite them. What was typed stays on screen.
      showStatus((answer && answer.message) || msg('save-failed'), true);
      autosave.stopped = true;
      if (statusLine) { statusLine.scrollIntoView({ block: 'nearest' }); }
    } else if (sessionEnded(response, answer)) {
      showStatus(msg('session-ended'), true);
      retryLater();
    } else {
      showStatus((answer && answer.message) || msg('save-failed'), true);
      if (response.status !== 400) { retryLater(); }
    }
  }

  function saved(answer, state) {
    if (versionInput) { versionInput.value = answer.version; }
    // A new article now has an address: later saves update it rather than create another.
    if (answer.editUrl && form.getAttribute('action') !== answer.editUrl) {
      form.setAttribute('action', answer.editUrl);
      form.dataset.autosaveUrl = answer.editUrl + '/autosave';
      window.history.replaceState(window.history.state, '', answer.editUrl);
    }
    autosave.saved = state;
    showStatus(answer.message || '');
  }

  function withCsrf(headers) {
    if (csrfHeader && csrfToken) { headers[csrfHeader] = csrfToken; }
    return headers;
  }

  async function getJson(url, signal) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: signal });
    const answer = await readJson(response);
    if (!response.ok || !answer) { throw new Error('HTTP ' + response.status); }
    return answer;
  }

  function readJson(response) {
    return /json/.test(response.headers.get('Content-Type') || '') ? response.json().catch(() => null) : Promise.resolve(null);
  }

  /** Signed out: a 401, or the sign-in page (or a refusal) where JSON was expected. */
  function sessionEnded(response, answer) {
    return response.status === 401 || (!answer && (response.redirected || response.ok || response.status === 403));
  }

  // ---- Setting up -----------------------------------------------------------------------------------

  const wrapper = h('div', { class: 'rich-editor' }, buildToolbar(), editor);
  source.before(wrapper);
  source.hidden = true;
  const label = document.querySelector('label[for="' + source.id + '"]');
  if (label) {
    label.id = label.id || source.id + '-label';
    editor.setAttribute('aria-labelledby', label.id);
    label.addEventListener('click', () => editor.focus());
  }
  document.execCommand('defaultParagraphSeparator', false, 'p');
  document.execCommand('styleWithCSS', false, false);
  editor.replaceChildren(...clean(parse(source.value), LOAD).childNodes);
  fitForEditing(editor);
  remember(null);
  sync();

  editor.addEventListener('input', event => {
    if (event.isComposing) { return; }
    const kind = event.inputType === 'insertText' ? 'typing' : /^delete/.test(event.inputType || '') ? 'deleting' : null;
    afterEdit(kind);
  });
  editor.addEventListener('compositionend', () => afterEdit('typing'));
  editor.addEventListener('beforeinput', event => {
    if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
      event.preventDefault();
      (event.inputType === 'historyUndo' ? undo : redo)();
    }
  });
  editor.addEventListener('keydown', event => {
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    if (!modified && !event.shiftKey && (event.key === 'Backspace' || event.key === 'Delete')) {
      deleteAtBlockEdge(event);
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) { return; }
    // By key position, so that the shortcuts work with an Arabic keyboard layout too.
    const letter = /^Key[A-Z]$/.test(event.code) ? event.code.slice(3).toLowerCase() : event.key.toLowerCase();
    const action = { b: () => exec('bold'), i: () => exec('italic'), k: link, z: event.shiftKey ? redo : undo, y: redo }[letter];
    if (action) {
      event.preventDefault();
      action();
    }
  });
  editor.addEventListener('paste', event => {
    if (!event.clipboardData) { return; }
    event.preventDefault();
    const html = event.clipboardData.getData('text/html');
    const pasted = prune(html ? clean(parse(quieten(html)), PASTE) : plainParagraphs(event.clipboardData.getData('text/plain')));
    if (pasted.firstChild) { insertPasted(pasted); }
  });
  editor.addEventListener('drop', event => {
    // Files are not dropped in: images come from the library, with their credits.
    if (event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files')) { event.preventDefault(); }
  });
  editor.addEventListener('click', event => {
    const remove = event.target.closest('.editor-remove');
    if (remove && editor.contains(remove)) { removeEmbed(remove.closest('.editor-embed')); }
  });
  document.addEventListener('selectionchange', () => {
    const range = editorRange();
    if (range) {
      lastRange = range.cloneRange();
      updateToolbar();
    }
  });

  if (featuredInput && featuredPreview) {
    featuredClear.hidden = !featuredInput.value;
    featuredPreview.after(h('div', { class: 'featured-actions' }, featuredChoose, featuredClear));
    featuredChoose.addEventListener('click', () => openMedia('featured'));
    featuredClear.addEventListener('click', clearFeatured);
  }

  const tags = document.getElementById('tags');
  const tagList = document.getElementById('tag-suggestions');
  if (tags && tagList) { tagSuggester(tags, tagList); }

  autosave.saved = stateOf(fields());
  form.addEventListener('input', event => {
    if (!editor.contains(event.target)) { autosaveSoon(); }
  });
  form.addEventListener('change', event => {
    if (!editor.contains(event.target)) { autosaveSoon(); }
  });
  form.addEventListener('submit', event => {
    sync();
    autosave.leaving = true;
    clearTimeout(autosave.idle);
    clearTimeout(autosave.latest);
    if (autosave.inFlight) {
      // Wait for the autosave under way, so that the version sent is the one it got back.
      event.preventDefault();
      const button = event.submitter && event.submitter.form === form ? event.submitter : null;
      autosave.inFlight.then(() => form.requestSubmit(button));
    }
  });
  window.addEventListener('pageshow', event => {
    if (event.persisted) { autosave.leaving = false; }
  });
  window.addEventListener('beforeunload', event => {
    if (!autosave.leaving && unsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
