// chalk@4: supports-color reads os, tty and process.env; getters on prototypes.
'use strict';
const { check, eq } = require('./support/check');
const chalk = require('chalk');

check('forced levels', () => {
  const c = new chalk.Instance({ level: 1 });
  eq(c.red('x'), '\u001b[31mx\u001b[39m');
  eq(c.bold.underline('y'), '\u001b[1m\u001b[4my\u001b[24m\u001b[22m');
  eq(c.bgBlue.white('z'), '\u001b[44m\u001b[37mz\u001b[39m\u001b[49m');
  const c3 = new chalk.Instance({ level: 3 });
  eq(c3.hex('#ff8800')('o'), '\u001b[38;2;255;136;0mo\u001b[39m');
  eq(new chalk.Instance({ level: 0 }).red('plain'), 'plain');
});
check('template literal', () => {
  const c = new chalk.Instance({ level: 1 });
  eq(c`{red a} b`, '\u001b[31ma\u001b[39m b');
});
check('no colour without a TTY', () => {
  // tests run with stdout redirected and FORCE_COLOR unset
  if (!process.env.FORCE_COLOR) eq(chalk.supportsColor, false);
});
