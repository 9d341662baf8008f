// app.relaunch: the new instance starts after this one quits, with the
// given args.
const { app } = require('electron');
const fs = require('fs');
const marker = process.env.RELAUNCH_MARKER;
app.whenReady().then(() => {
  if (process.argv.includes('--relaunched')) {
    fs.writeFileSync(marker, 'relaunched ' + process.argv.slice(2).join(' '));
    app.quit();
    return;
  }
  console.log('first run');
  app.relaunch({ args: [__dirname, '--relaunched', '--x=1'] });
  app.quit();
});
