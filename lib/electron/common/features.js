// features.js — process._linkedBinding('electron_common_features'): which of
// Electron's optional build features this runtime has, the way code and
// Electron's spec ask before using one. Printing is there
// (webContents.print over WebKitGTK's print operation); Electron's PDF
// viewer, built-in spell checker, fake geolocation provider, Prompt API and
// Chrome extensions are not; cathode is never a component build.
'use strict';

module.exports = {
  isBuiltinSpellCheckerEnabled: () => false,
  isPDFViewerEnabled: () => false,
  isFakeLocationProviderEnabled: () => false,
  isPrintingEnabled: () => true,
  isPromptAPIEnabled: () => false,
  isComponentBuild: () => false,
  isExtensionsEnabled: () => false,
};
