// The quick-start preload: runs in the window before the page's scripts, in
// its own isolated world (contextIsolation) with the sandboxed require and
// process. It fills in the versions the page shows; there is no Chromium in
// cathode, so the Chromium line keeps the page's own text.
window.addEventListener('DOMContentLoaded', () => {
  const replaceText = (selector, text) => {
    const element = document.getElementById(selector);
    if (element && text !== undefined) element.innerText = text;
  };

  for (const dependency of ['chrome', 'node', 'electron']) {
    replaceText(`${dependency}-version`, process.versions[dependency]);
  }
});
