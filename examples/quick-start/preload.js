// All the Node.js APIs are available in the preload process.
// It has the same sandbox as a Chrome extension.
// (cathode runs preloads once the IPC issue lands; until then the page
// shows its own fallback text.)
window.addEventListener('DOMContentLoaded', () => {
  const replaceText = (selector, text) => {
    const element = document.getElementById(selector);
    if (element) element.innerText = text;
  };

  for (const dependency of ['chrome', 'node', 'electron']) {
    replaceText(`${dependency}-version`, process.versions[dependency]);
  }
});
