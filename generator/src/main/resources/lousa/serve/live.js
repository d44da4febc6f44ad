// Lousa preview (lousa serve): reloads the page after a rebuild, and shows a failed build's messages over it.
// Served only by the preview server and added to pages as they are served; never part of the built site.
(() => {
  'use strict';
  let seen = null;
  let overlay = null;

  const hide = () => {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  };

  const show = (messages) => {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'lousa-build-errors';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-label', 'Lousa: build failed');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;'
      + 'background:rgba(20,20,24,.92);color:#f4f4f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace';
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.title = 'Fechar (Esc)';
    close.setAttribute('aria-label', 'Fechar');
    close.style.cssText = 'position:absolute;top:1rem;right:1rem;font-size:1.5rem;background:none;'
      + 'color:inherit;border:1px solid #71717a;border-radius:.25rem;cursor:pointer;padding:0 .6rem';
    close.addEventListener('click', hide);
    const title = document.createElement('h2');
    title.textContent = 'O build falhou — corrija e salve de novo';
    title.style.cssText = 'margin:0 0 1rem;font-size:1.1rem;color:#fca5a5';
    const list = document.createElement('pre');
    list.style.cssText = 'white-space:pre-wrap;margin:0';
    list.textContent = messages.map((m) => m.text).join('\n');
    overlay.append(close, title, list);
    document.body.append(overlay);
    close.focus();
  };

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      hide();
    }
  });

  const events = new EventSource('/__lousa/events');
  events.addEventListener('build', (e) => {
    const build = JSON.parse(e.data);
    const newer = seen !== null && build.build !== seen;
    seen = build.build;
    if (!build.ok) {
      show(build.messages);
    } else if (newer && build.changed > 0) {
      location.reload();
    } else {
      hide();
    }
  });
})();
