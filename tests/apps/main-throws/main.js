// A main script that throws while loading: cathode prints the error with
// file:line and exits non-zero; 'ready' never comes.
const { app } = require('electron');
app.on('ready', () => console.log('ready must not be emitted'));
console.log('before throw');
function load() {
  throw new Error('main script failed');
}
load();
