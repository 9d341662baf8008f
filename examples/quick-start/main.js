// Modules to control application life and create native browser window
const { app, BrowserWindow } = require('electron');
const path = require('node:path');
const fs = require('node:fs');

// `make demo` sets this: save a screenshot of the window, then quit.
const screenshot = process.env.CATHODE_DEMO_SCREENSHOT;

function createWindow() {
  // Create the browser window.
  const mainWindow = new BrowserWindow({
    width: 800,
    height: 600,
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
    },
  });

  mainWindow.once('ready-to-show', () => mainWindow.show());

  // and load the index.html of the app.
  mainWindow.loadFile('index.html').then(async () => {
    if (!screenshot) return;
    // give the shown window a moment to paint before capturing it
    await new Promise((resolve) => setTimeout(resolve, 500));
    const image = await mainWindow.webContents.capturePage();
    fs.writeFileSync(screenshot, image.toPNG());
    const { width, height } = image.getSize();
    console.log(`screenshot ${width}x${height} saved to ${screenshot}`);
    app.quit();
  });

  // Open the DevTools.
  // mainWindow.webContents.openDevTools()
}

// This method will be called when Electron has finished
// initialization and is ready to create browser windows.
app.whenReady().then(() => {
  createWindow();

  app.on('activate', function () {
    // On macOS it's common to re-create a window in the app when the
    // dock icon is clicked and there are no other windows open.
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

// Quit when all windows are closed, except on macOS.
app.on('window-all-closed', function () {
  if (process.platform !== 'darwin') app.quit();
});
