// debug: formats through util.format/util.inspect, reads DEBUG from process.env,
// picks colours with tty.isatty and os.
'use strict';
const { check, eq, ok } = require('./support/check');
const debug = require('debug');
const util = require('util');

check('enable / format / namespaces', () => {
  let out = '';
  debug.log = (...a) => { out += util.format(...a) + '\n'; };
  debug.enable('smoke,other:*,-other:quiet');
  debug('smoke')('hello %d %s', 5, 'x');
  debug('other:loud')('%o', { a: 1 });
  debug('other:quiet')('never');
  debug('off')('never');
  ok(/smoke hello 5 x/.test(out), out);
  ok(/other:loud \{ a: 1 \}/.test(out), out);
  ok(!/never/.test(out), out);
  eq(debug.enabled('other:loud'), true);
  eq(debug.enabled('other:quiet'), false);
  debug.disable();
});
check('extend and custom formatter', () => {
  let out = '';
  debug.formatters.h = (v) => v.toString('hex');
  const d = debug('base').extend('sub');
  d.log = (...a) => { out += util.format(...a); };
  d.enabled = true;
  d('%h', Buffer.from('hi'));
  eq(d.namespace, 'base:sub');
  ok(out.includes('base:sub 6869'), out);
});
check('humanize via ms', () => {
  eq(debug.humanize(1500), '2s');
  eq(debug.humanize(60000), '1m');
});
