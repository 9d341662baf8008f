// an empty preload: the warnings come from Electron's own renderer code
