// commander@12: EventEmitter subclass, process.argv handling, child_process
// and fs for subcommands (not exercised here), exitOverride instead of exit.
'use strict';
const { check, eq, ok } = require('./support/check');
const { Command, Option, CommanderError } = require('commander');

check('options and arguments', () => {
  const p = new Command().option('-d, --debug').option('-n, --num <n>', 'num', (v) => parseInt(v, 10))
    .argument('<file>').exitOverride();
  p.parse(['node', 'x', '-d', '-n', '5', 'a.txt']);
  eq(p.opts(), { debug: true, num: 5 });
  eq(p.args, ['a.txt']);
});
check('subcommand action', () => {
  let got;
  const p = new Command().exitOverride();
  p.command('serve').option('-p, --port <port>', 'port', '80').action((opts) => { got = opts.port; });
  p.parse(['serve', '-p', '8080'], { from: 'user' });
  eq(got, '8080');
});
check('choices, defaults, env', () => {
  process.env.SMOKE_LEVEL = 'high';
  const p = new Command().addOption(new Option('-l, --level <l>').choices(['low', 'high']).env('SMOKE_LEVEL'))
    .option('--no-color').exitOverride();
  p.parse([], { from: 'user' });
  eq(p.opts(), { level: 'high', color: true });
});
check('errors become CommanderError with exitOverride', () => {
  const p = new Command().option('-x <v>').exitOverride().configureOutput({ writeErr: () => {} });
  try {
    p.parse(['--bogus'], { from: 'user' });
    throw new Error('no error');
  } catch (e) {
    ok(e instanceof CommanderError, String(e));
    eq(e.code, 'commander.unknownOption');
  }
});
check('help text', () => {
  const p = new Command('tool').description('does things').option('-v, --verbose', 'say more');
  const h = p.helpInformation();
  ok(h.includes('Usage: tool [options]'), h);
  ok(h.includes('-v, --verbose'), h);
});
