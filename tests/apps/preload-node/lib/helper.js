const os = require('os');
module.exports = { where: () => `helper in ${require('path').basename(__dirname)}`, eol: os.EOL === '\n' };
