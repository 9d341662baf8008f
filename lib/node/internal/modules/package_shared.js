// package_shared.js — the parts of the CommonJS loader that the ES module
// loader reuses (package.json reading, "exports"/"imports" resolution, the
// electron module ids). cjs/loader.js fills this object when it loads, so
// that neither loader reaches into the other's private state.
'use strict';

module.exports = {
  readPackage: undefined,
  readPackageScope: undefined,
  packageExportsResolve: undefined,
  packageImportsResolve: undefined,
  electronBuiltin: undefined,
  isElectronName: undefined,
  remotePackageFile: undefined,
  runMainEntry: undefined,
};
