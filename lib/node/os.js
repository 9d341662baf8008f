// os.js — node:os. (Bootstrap version; the os work fills in the API.)
'use strict';

module.exports = { arch: () => 'x64', EOL: '\n', constants: { signals: { SIGTERM: 15, SIGKILL: 9, SIGINT: 2 } } };
